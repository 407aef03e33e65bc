/// Topic phrases an event's sentences may name, each with the topic it stands for.
enum Topics {
    /// Lower-case token sequences → topic label. Longer phrases are tried first.
    static let phrases: [([String], String)] = {
        let table: [(String, String)] = [
            ("inter-korean summit", "inter-Korean summit"), ("inter-korean talks", "inter-Korean talks"),
            ("denuclearization", "denuclearization"), ("denuclearize", "denuclearization"),
            ("denuclearisation", "denuclearization"), ("denuclearise", "denuclearization"),
            ("nuclear weapons", "nuclear weapons"), ("nuclear program", "nuclear weapons"),
            ("nuclear programme", "nuclear weapons"), ("nuclear test", "nuclear weapons"),
            ("nuclear accord", "nuclear deal"), ("nuclear deal", "nuclear deal"),
            ("missile", "missiles"), ("missiles", "missiles"),
            ("cost sharing", "defense cost sharing"), ("cost-sharing", "defense cost sharing"),
            ("sanctions", "sanctions"), ("embargo", "sanctions"),
            ("trade", "trade"), ("tariffs", "trade"), ("free-trade", "trade"),
            ("ceasefire", "ceasefire"), ("truce", "ceasefire"),
            ("human rights", "human rights"), ("refugees", "migration"), ("migrants", "migration"),
            ("asylum", "migration"), ("election", "elections"), ("elections", "elections"),
            ("terrorism", "terrorism"), ("militant", "terrorism"), ("climate", "climate"),
            ("peace", "peace"), ("border", "border"), ("alliance", "alliance"), ("hostages", "hostages"),
            ("summit", "summit"), ("summits", "summit"), ("energy", "energy"), ("oil", "energy"),
            ("airspace", "territory"), ("territory", "territory"),
        ]
        return table.map { ($0.0.split(separator: " ").map(String.init), $0.1) }.sorted { $0.0.count > $1.0.count }
    }()

    /// The phrases by their first word, longer first, so each word is looked up once.
    static let byFirst: [String: [([String], String)]] = Dictionary(grouping: phrases, by: { $0.0[0] })

    /// Topics named in a run of lower-case words, in order of first appearance.
    static func find(in words: ArraySlice<String>) -> [String] {
        var found: [String] = []
        var i = words.startIndex
        while i < words.endIndex {
            var step = 1
            for (phrase, topic) in byFirst[words[i]] ?? [] where i + phrase.count <= words.endIndex {
                if words[i..<(i + phrase.count)].elementsEqual(phrase) {
                    if !found.contains(topic) { found.append(topic) }
                    step = phrase.count
                    break
                }
            }
            i += step
        }
        // "inter-Korean summit" says "summit" already
        if found.contains("inter-Korean summit") { found.removeAll { $0 == "summit" } }
        return found
    }
}
