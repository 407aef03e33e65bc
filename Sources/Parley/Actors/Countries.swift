/// Country lookups the actor, quote and event stages need: names, demonyms and
/// capitals to ISO 3166 alpha-3 codes.
enum Countries {
    /// The country a name stands for ("North Korea", "U.S.", "the United States").
    static func code(forName name: String) -> String? {
        let k = ActorDictionary.key(name)
        return names[k]
    }

    /// The country a nationality word stands for ("American", "South Koreans").
    static func code(forDemonym word: String) -> String? {
        var k = ActorDictionary.key(word)
        if let c = demonyms[k] { return c }
        if k.hasSuffix("s") { k.removeLast(); return demonyms[k] }
        return nil
    }

    /// The country whose capital a name is ("Seoul" → KOR).
    static func code(forCapital name: String) -> String? { capitals[ActorDictionary.key(name)] }

    /// The common short name of a country code, for naming country actors.
    static func name(for code: String) -> String? { shortNames[code] }

    // A provisional table until the shared country table lands.
    static let rows: [(String, [String], [String], String)] = [
        ("USA", ["United States", "U.S.", "US", "U.S.A.", "America", "United States of America"], ["American"], "Washington"),
        ("KOR", ["South Korea", "Republic of Korea", "ROK", "S. Korea"], ["South Korean"], "Seoul"),
        ("PRK", ["North Korea", "DPRK", "N. Korea", "Democratic People's Republic of Korea"], ["North Korean"], "Pyongyang"),
        ("JPN", ["Japan"], ["Japanese"], "Tokyo"),
        ("CHN", ["China", "People's Republic of China", "PRC"], ["Chinese"], "Beijing"),
        ("RUS", ["Russia", "Russian Federation"], ["Russian"], "Moscow"),
        ("GBR", ["United Kingdom", "Britain", "Great Britain", "UK", "U.K."], ["British", "Briton"], "London"),
        ("FRA", ["France"], ["French"], "Paris"),
        ("DEU", ["Germany"], ["German"], "Berlin"),
        ("IND", ["India"], ["Indian"], "New Delhi"),
        ("PAK", ["Pakistan"], ["Pakistani"], "Islamabad"),
        ("IRN", ["Iran"], ["Iranian"], "Tehran"),
        ("ISR", ["Israel"], ["Israeli"], "Jerusalem"),
        ("PHL", ["Philippines", "the Philippines"], ["Filipino", "Philippine"], "Manila"),
        ("SGP", ["Singapore"], ["Singaporean"], "Singapore"),
        ("VNM", ["Vietnam", "Viet Nam"], ["Vietnamese"], "Hanoi"),
        ("CAN", ["Canada"], ["Canadian"], "Ottawa"),
        ("CHE", ["Switzerland"], ["Swiss"], "Bern"),
        ("AUT", ["Austria"], ["Austrian"], "Vienna"),
        ("PER", ["Peru"], ["Peruvian"], "Lima"),
    ]

    static let names: [String: String] = {
        var m: [String: String] = [:]
        for (code, ns, _, _) in rows { for n in ns { m[ActorDictionary.key(n)] = code } }
        return m
    }()

    static let demonyms: [String: String] = {
        var m: [String: String] = [:]
        for (code, _, ds, _) in rows { for d in ds { m[ActorDictionary.key(d)] = code } }
        return m
    }()

    static let capitals: [String: String] = {
        var m: [String: String] = [:]
        for (code, _, _, c) in rows { m[ActorDictionary.key(c)] = code }
        return m
    }()

    static let shortNames: [String: String] = {
        var m: [String: String] = [:]
        for (code, ns, _, _) in rows { m[code] = ns.first }
        return m
    }()
}
