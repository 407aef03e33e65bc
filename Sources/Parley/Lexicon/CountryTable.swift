import Foundation

/// Countries with their ISO 3166 alpha-3 codes, other names, nationality words
/// and capitals, read once from Resources/countries.tsv.
public final class CountryTable: Sendable {
    public struct Country: Sendable, Hashable {
        public var alpha3: String
        public var name: String
        public var aliases: [String]
        public var demonyms: [String]
        public var capital: String?
        public var capitalLat: Double?
        public var capitalLon: Double?
    }

    public let countries: [Country]
    public let codes: Set<String>
    private let byName: [String: String]
    /// Short capitalised aliases ("US", "UK") match only as written, never "us".
    private let byExactName: [String: String]
    private let byDemonym: [String: String]
    private let byCapital: [String: String]
    private let byCode: [String: Int]
    /// Lower-case first words of every name, alias, demonym and capital: a quick no for most words.
    private let firstWords: Set<String>
    /// The FNV-1a hashes of `firstWords` (``FeatureHashing/hash(_:)``), so that an ASCII name's first word
    /// is looked up without building its lower-case string; a collision only lets a name through to the tables.
    private let firstWordHashes: FlagTable<UInt8>

    /// The table Parley ships.
    public static let shared: CountryTable = {
        guard let url = Bundle.module.url(forResource: "countries", withExtension: "tsv", subdirectory: "Resources"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return CountryTable(tsv: "") }
        return CountryTable(tsv: text)
    }()

    public init(tsv: String) {
        var countries: [Country] = []
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 7 else { continue }
            func list(_ s: String) -> [String] { s == "-" ? [] : s.split(separator: "|").map(String.init) }
            countries.append(Country(alpha3: f[0], name: f[1], aliases: list(f[2]), demonyms: list(f[3]),
                                     capital: f[4] == "-" ? nil : f[4], capitalLat: Double(f[5]), capitalLon: Double(f[6])))
        }
        var byName: [String: String] = [:], exact: [String: String] = [:], byDemonym: [String: String] = [:]
        var byCapital: [String: String] = [:], byCode: [String: Int] = [:]
        for (i, c) in countries.enumerated() {
            byCode[c.alpha3] = i
            for n in [c.name] + c.aliases {
                let letters = n.filter(\.isLetter)
                if letters.count <= 3 && letters == letters.uppercased() { exact[n] = c.alpha3; exact[n.replacingOccurrences(of: ".", with: "")] = c.alpha3 }
                else if byName[ActorDictionary.key(n)] == nil { byName[ActorDictionary.key(n)] = c.alpha3 }
            }
            for d in c.demonyms {
                byDemonym[ActorDictionary.key(d)] = c.alpha3
            }
            if let cap = c.capital, byCapital[ActorDictionary.key(cap)] == nil { byCapital[ActorDictionary.key(cap)] = c.alpha3 }
        }
        // Cities that are not capitals but speak for their governments in the news.
        byCapital["washington dc"] = "USA"
        var first = Set<String>()
        for c in countries {
            for n in [c.name] + c.aliases + c.demonyms + [c.capital ?? ""] {
                if let w = n.split(separator: " ").first { first.insert(w.lowercased()); first.insert(w.lowercased().replacingOccurrences(of: ".", with: "")) }
            }
        }
        first.insert("washington")
        self.firstWords = first
        var hashes = FlagTable<UInt8>(capacity: first.count)
        for w in first { hashes.insert(FeatureHashing.hash(w), 1) }
        self.firstWordHashes = hashes
        self.countries = countries
        self.codes = Set(countries.map(\.alpha3))
        self.byName = byName
        self.byExactName = exact
        self.byDemonym = byDemonym
        self.byCapital = byCapital
        self.byCode = byCode
    }

    /// The country a name stands for: "North Korea", "the United States", "U.S.".
    /// Whether a name's first word could begin any name the table knows.
    @inline(__always) func mayName(_ name: String) -> Bool {
        // ASCII names not opening with a space: the first word without splitting (the common case)
        if let b = name.utf8.first, b != 32, name.utf8.allSatisfy({ $0 < 0x80 }) {
            var h = FeatureHashing.offset
            var count = 0, startsWithThe = true
            for b in name.utf8 {
                if b == 32 { break }
                let lower = b >= 65 && b <= 90 ? b + 32 : b
                if count < 3 && lower != (count == 0 ? UInt8(ascii: "t") : count == 1 ? UInt8(ascii: "h") : UInt8(ascii: "e")) { startsWithThe = false }
                h = (h ^ UInt64(lower)) &* FeatureHashing.prime
                count += 1
            }
            if !(startsWithThe && count >= 3) { return firstWordHashes.get(h) != 0 }
        }
        let first = name.split(separator: " ", maxSplits: 1).first.map { $0.lowercased() } ?? ""
        return firstWords.contains(first) || firstWords.contains(first.hasPrefix("the") ? String(name.lowercased().dropFirst(4).split(separator: " ").first ?? "") : first)
    }

    public func code(forName name: String) -> String? {
        guard mayName(name) else { return nil }
        if let c = byExactName[name] { return c }
        if name.utf8.contains(46), let c = byExactName[CountryTable.withoutFullStops(name)] { return c }
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: count the letters and look for a lower-case one without building strings
            var letters = 0, lower = false
            for b in name.utf8 {
                if b >= 65 && b <= 90 { letters += 1 } else if b >= 97 && b <= 122 { letters += 1; lower = true }
            }
            if letters <= 3 && !lower && letters > 0 { return nil }
        } else {
            let letters = name.filter(\.isLetter)
            if letters.count <= 3 && letters == letters.uppercased() && !letters.isEmpty { return nil }
        }
        return byName[ActorDictionary.key(name)]
    }

    /// A name with its full stops taken out ("U.S." → "US"), as `replacingOccurrences(of: ".", with: "")`
    /// gives it, without Foundation's cost for the many names that have none.
    static func withoutFullStops(_ name: String) -> String {
        guard name.utf8.contains(46) else { return name }
        return String(name.filter { $0 != "." })
    }

    /// The country a nationality word stands for: "American", "South Koreans".
    public func code(forDemonym word: String) -> String? {
        guard mayName(word) || mayName(String(word.dropLast())) else { return nil }
        let k = ActorDictionary.key(word)
        // "Philippines" is a country, not the plural of "Philippine"
        if byName[k] != nil { return nil }
        if let c = byDemonym[k] { return c }
        if k.hasSuffix("s"), let c = byDemonym[String(k.dropLast())] { return c }
        if k.hasSuffix("men"), let c = byDemonym[String(k.dropLast(3)) + "man"] { return c }
        return nil
    }

    /// The country whose capital a name is: "Seoul" → KOR.
    public func code(forCapital name: String) -> String? { mayName(name) ? byCapital[ActorDictionary.key(name)] : nil }

    public func country(_ alpha3: String) -> Country? { byCode[alpha3].map { countries[$0] } }
}
