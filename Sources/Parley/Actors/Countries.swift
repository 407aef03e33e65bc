/// Country lookups the actor, quote and event stages share, over ``CountryTable``.
enum Countries {
    static func code(forName name: String) -> String? { CountryTable.shared.code(forName: name) }
    static func code(forDemonym word: String) -> String? { CountryTable.shared.code(forDemonym: word) }
    static func code(forCapital name: String) -> String? { CountryTable.shared.code(forCapital: name) }
    static func name(for code: String) -> String? { CountryTable.shared.country(code)?.name }

    /// The country a "led" compound names: "Saudi-led" and "U.S.-led" (a coalition, forces) are that
    /// country's. "Russian-backed" is not: a backer is not the side itself.
    static func code(leading word: String) -> String? {
        guard word.utf8.count > 4, word.lowercased().hasSuffix("-led") else { return nil }
        let country = String(word.dropLast(4))
        return code(forDemonym: country) ?? code(forName: country)
    }
}
