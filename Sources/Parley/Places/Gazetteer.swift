import Foundation

/// Places from GeoNames (Resources/gazetteer.tsv: countries, U.S. states and counties, other
/// countries' provinces, cities of 15,000 people or more, U.S. towns) and Parley's region list, indexed by folded name, loaded once.
public final class Gazetteer: Sendable {
    public struct Entry: Sendable, Hashable {
        public var geonameid: Int?
        public var name: String
        /// country, admin1, city, region, water, site, continent.
        public var kind: String
        public var country: String?
        public var admin1: String?
        public var lat: Double
        public var lon: Double
        public var population: Int
    }

    public let entries: [Entry]
    /// What the place resolver scores of each entry (``Traits``), row for row.
    let traits: [Traits]
    /// The countries entries lie in, numbered for ``Traits/country``.
    let countryIndex: [String: Int32]
    /// U.S. state codes, numbered for ``Traits/usState``.
    let usStateIndex: [String: Int32]
    /// Each entry's own name, folded (``fold(_:)``): which of a name's candidates bear it themselves.
    let foldedNames: [String]
    let byName: [String: [Int]]
    let countryRow: [String: Int]
    /// U.S. state names and codes → admin1 code.
    let admin1ByName: [String: String]

    public static let shared: Gazetteer = {
        var text = ""
        if let url = Bundle.module.url(forResource: "gazetteer", withExtension: "tsv", subdirectory: "Resources") {
            text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        }
        return Gazetteer(tsv: text, regions: RegionTable.shared)
    }()

    public init(tsv: String, regions: RegionTable) {
        var entries: [Entry] = []
        var foldedNames: [String] = []
        var byName: [String: [Int]] = [:]
        var countryRow: [String: Int] = [:]
        var admin1: [String: String] = [:]
        var keys: [String] = []
        /// An entry found by its own name and by `aliases`.
        func add(_ e: Entry, aliases: [String]) {
            let k = entries.count
            let own = Gazetteer.fold(e.name)
            entries.append(e)
            foldedNames.append(own)
            keys.removeAll(keepingCapacity: true)
            func put(_ key: String) {
                guard !key.isEmpty, !keys.contains(key) else { return }
                keys.append(key)
                byName[key, default: []].append(k)
            }
            put(own)
            for a in aliases { put(Gazetteer.fold(a)) }
        }
        entries.reserveCapacity(62_000)
        foldedNames.reserveCapacity(62_000)
        byName.reserveCapacity(190_000)
        // Fields are cut from the bytes: String's Character splitting is far slower for 60,000 lines.
        var text = tsv
        text.withUTF8 { bytes in
            var fields: [Range<Int>] = []
            fields.reserveCapacity(10)
            func string(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self) }
            func isDash(_ r: Range<Int>) -> Bool { r.count == 1 && bytes[r.lowerBound] == 45 }
            func optional(_ r: Range<Int>) -> String? { isDash(r) ? nil : string(r) }
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count && bytes[lineEnd] != 10 { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                guard lineEnd > lineStart, bytes[lineStart] != 35 else { continue }
                fields.removeAll(keepingCapacity: true)
                var fieldStart = lineStart
                for i in lineStart..<lineEnd where bytes[i] == 9 {
                    fields.append(fieldStart..<i)
                    fieldStart = i + 1
                }
                fields.append(fieldStart..<lineEnd)
                guard fields.count >= 9, let lat = Double(string(fields[6])), let lon = Double(string(fields[7])) else { continue }
                var alts: [String] = []
                if !isDash(fields[2]) {
                    var altStart = fields[2].lowerBound
                    for i in fields[2].lowerBound...fields[2].upperBound where i == fields[2].upperBound || bytes[i] == 124 {
                        if i > altStart { alts.append(string(altStart..<i)) }
                        altStart = i + 1
                    }
                }
                let name = string(fields[1])
                let e = Entry(geonameid: Int(string(fields[0])), name: name, kind: string(fields[3]), country: optional(fields[4]),
                              admin1: optional(fields[5]), lat: lat, lon: lon, population: Int(string(fields[8])) ?? 0)
                var aliases = alts
                if e.kind == "country", let c = e.country, let row = CountryTable.shared.country(c) {
                    aliases += [row.name] + row.aliases
                    countryRow[c] = entries.count
                }
                if e.kind == "admin1", e.country == "USA", let code = e.admin1 {
                    for n in [name, code] + alts { admin1[Gazetteer.fold(n)] = code }
                }
                add(e, aliases: aliases)
            }
        }
        for c in CountryTable.shared.countries where countryRow[c.alpha3] == nil {
            guard let lat = c.capitalLat, let lon = c.capitalLon else { continue }
            countryRow[c.alpha3] = entries.count
            add(Entry(geonameid: nil, name: c.name, kind: "country", country: c.alpha3, admin1: nil, lat: lat, lon: lon, population: 0),
                aliases: c.aliases)
        }
        for r in regions.regions {
            add(Entry(geonameid: nil, name: r.name, kind: r.kind, country: r.country, admin1: nil, lat: r.lat, lon: r.lon, population: 0),
                aliases: r.aliases)
        }
        var countryIndex: [String: Int32] = [:], usStateIndex: [String: Int32] = [:]
        for e in entries {
            if let c = e.country, countryIndex[c] == nil { countryIndex[c] = Int32(countryIndex.count) }
            if e.country == "USA", let a = e.admin1, usStateIndex[a] == nil { usStateIndex[a] = Int32(usStateIndex.count) }
        }
        self.traits = entries.map { Traits($0, countries: countryIndex, usStates: usStateIndex) }
        self.countryIndex = countryIndex
        self.usStateIndex = usStateIndex
        self.entries = entries
        self.foldedNames = foldedNames
        self.byName = byName
        self.countryRow = countryRow
        self.admin1ByName = admin1
    }

    /// Lower case, no accents or punctuation, "St." as "saint".
    static func fold(_ s: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count)
        var space = false
        func put(_ c: UInt8) {
            let alnum = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c >= 0x80
            if alnum {
                if space && !bytes.isEmpty { bytes.append(32) }
                bytes.append(c)
                space = false
            } else if c != 39 && c != 46 {
                space = true
            }
        }
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            for b in s.utf8 { put(b >= 65 && b <= 90 ? b + 32 : b) }
        } else {
            // accents folded away where there are some
            for b in s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).utf8 { put(b) }
        }
        // a leading "the " goes, then "st ", "ft " or "mt " is spelt out
        func starts(_ prefix: StaticString, at offset: Int) -> Bool {
            let n = prefix.utf8CodeUnitCount
            guard bytes.count - offset >= n else { return false }
            for i in 0..<n where bytes[offset + i] != prefix.utf8Start[i] { return false }
            return true
        }
        let from = starts("the ", at: 0) ? 4 : 0
        for (short, long) in Gazetteer.spelledOut where starts(short, at: from) {
            return long + String(decoding: bytes[(from + short.utf8CodeUnitCount)...], as: UTF8.self)
        }
        return String(decoding: bytes[from...], as: UTF8.self)
    }

    private static let spelledOut: [(StaticString, String)] = [("st ", "saint "), ("ft ", "fort "), ("mt ", "mount ")]

    /// Every entry a name may stand for.
    public func candidates(_ name: String) -> [Int] { byName[Gazetteer.fold(name)] ?? [] }

    /// Entries a name the gazetteer lacks may still stand for, by the ways local news shortens
    /// or derives place names: a county without its "County" ("Kanawha"), "Co." for County,
    /// a township by its namesake town, "W." for West, a state's or country's people
    /// ("Ohioans", "Texan", "Iraqis").
    public func looseCandidates(_ name: String) -> [Int] {
        let key = Gazetteer.fold(name)
        guard !key.isEmpty else { return [] }
        func rows(_ k: String, kinds: Set<String>? = nil) -> [Int] {
            guard let r = byName[k] else { return [] }
            return kinds.map { ks in r.filter { ks.contains(entries[$0].kind) } } ?? r
        }
        let words = key.split(separator: " ").map(String.init)
        guard let last = words.last else { return [] }
        let head = words.dropLast().joined(separator: " ")
        if last == "co" || last == "cnty", !head.isEmpty {
            let r = rows(head + " county", kinds: ["admin2"])
            if !r.isEmpty { return r }
        }
        if last == "township" || last == "twp", !head.isEmpty {
            let r = rows(head, kinds: ["city"])
            if !r.isEmpty { return r }
        }
        for suffix in [" county", " parish", " borough"] {
            let r = rows(key + suffix, kinds: ["admin2"])
            if !r.isEmpty { return r }
        }
        let compass = ["n": "north", "s": "south", "e": "east", "w": "west"]
        if let first = words.first, let long = compass[first], words.count > 1 {
            let r = rows(([long] + words.dropFirst()).joined(separator: " "))
            if !r.isEmpty { return r }
        }
        // the people of a state or country, where the country table's demonyms do not reach
        if words.count <= 2 {
            var bases: [String] = []
            for (end, put) in [("ans", ""), ("ans", "o"), ("ns", ""), ("n", ""), ("n", "s"), ("an", "o"), ("is", ""), ("i", "")]
            where key.hasSuffix(end) && key.count > end.count + 2 {
                bases.append(String(key.dropLast(end.count)) + put)
            }
            for b in bases {
                let r = rows(b, kinds: ["country", "admin1"])
                if !r.isEmpty { return r }
            }
        }
        return []
    }

    /// The index of a country's row, by ISO alpha-3 code.
    public func countryRowIndex(_ alpha3: String) -> Int? { countryRow[alpha3] }

    /// The row of a country, by ISO alpha-3 code.
    public func country(_ alpha3: String) -> Entry? { countryRow[alpha3].map { entries[$0] } }

    /// The admin1 code a state name or postal code stands for ("Texas", "Tex." → TX).
    public func admin1(_ name: String) -> String? { admin1ByName[Gazetteer.fold(name)] }

    /// Great-circle distance in kilometres.
    public static func distance(_ a: (Double, Double), _ b: (Double, Double)) -> Double {
        let r = 6371.0, rad = Double.pi / 180
        let dlat = (b.0 - a.0) * rad, dlon = (b.1 - a.1) * rad
        let h = sin(dlat / 2) * sin(dlat / 2) + cos(a.0 * rad) * cos(b.0 * rad) * sin(dlon / 2) * sin(dlon / 2)
        return 2 * r * asin(min(1, sqrt(h)))
    }
}
