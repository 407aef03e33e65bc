/// English month names and their abbreviations.
enum MonthNames {
    static let byName: [String: Int] = {
        var m: [String: Int] = [:]
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december"]
        for (i, n) in names.enumerated() {
            m[n] = i + 1
            m[String(n.prefix(3))] = i + 1
        }
        m["sept"] = 9
        return m
    }()

    /// The month a word names ("May", "Sept.", "jan"), or nil.
    static func month(_ word: String) -> Int? {
        var w = word.lowercased()
        if w.hasSuffix(".") { w.removeLast() }
        return byName[w]
    }
}
