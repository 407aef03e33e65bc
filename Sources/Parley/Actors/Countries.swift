/// Country lookups the actor, quote and event stages share, over ``CountryTable``.
enum Countries {
    static func code(forName name: String) -> String? { CountryTable.shared.code(forName: name) }
    static func code(forDemonym word: String) -> String? { CountryTable.shared.code(forDemonym: word) }
    static func code(forCapital name: String) -> String? { CountryTable.shared.code(forCapital: name) }
    static func name(for code: String) -> String? { CountryTable.shared.country(code)?.name }
}
