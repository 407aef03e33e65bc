import Foundation

/// Well-known actors with their country, sector and date-limited roles, read
/// from a tab-separated file that users edit (see Resources/actors.tsv).
public final class ActorDictionary: Sendable {
    /// One row of the dictionary.
    public struct Entry: Sendable, Hashable {
        public var name: String
        public var aliases: [String]
        public var kind: ActorKind
        public var country: String?
        public var sector: String?
        public var role: String?
        public var from: CalendarDate?
        public var to: CalendarDate?

        public init(name: String, aliases: [String] = [], kind: ActorKind, country: String?, sector: String?,
                    role: String? = nil, from: CalendarDate? = nil, to: CalendarDate? = nil) {
            self.name = name
            self.aliases = aliases
            self.kind = kind
            self.country = country
            self.sector = sector
            self.role = role
            self.from = from
            self.to = to
        }

        func holds(on date: CalendarDate) -> Bool {
            (from.map { $0 <= date } ?? true) && (to.map { date <= $0 } ?? true)
        }
    }

    public let entries: [Entry]
    /// Problems found while loading, one line each (file:line: problem; fix). The rest still loads.
    public let problems: [String]
    private let byKey: [String: [Int]]

    /// The dictionary Parley ships: actors.tsv (office holders, institutions, news organisations), then
    /// leaders.tsv (heads of state and government of every country since 1975), whose rows come second.
    public static let shared: ActorDictionary = {
        var entries: [Entry] = []
        var problems: [String] = []
        for name in ["actors", "leaders"] {
            guard let url = Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Resources"),
                  let text = try? String(contentsOf: url, encoding: .utf8) else {
                problems.append("\(name).tsv: missing from the package resources; reinstall Parley")
                continue
            }
            let part = ActorDictionary(tsv: text, file: name + ".tsv", countries: CountryTable.shared.codes)
            entries += part.entries
            problems += part.problems
        }
        return ActorDictionary(entries: entries, problems: problems)
    }()

    public init(entries: [Entry], problems: [String] = []) {
        self.entries = entries
        self.problems = problems
        var byKey: [String: [Int]] = [:]
        byKey.reserveCapacity(entries.count * 2)
        for (i, e) in entries.enumerated() {
            for name in CollectionOfOne(e.name) + e.aliases {
                let key = ActorDictionary.key(name)
                // a name and an alias that fold alike list the row once
                if !key.isEmpty, byKey[key]?.last != i { byKey[key, default: []].append(i) }
            }
        }
        self.byKey = byKey
    }

    /// Parses the TSV format; bad rows are reported in ``problems`` and skipped.
    public convenience init(tsv: String, file: String, countries: Set<String>? = nil) {
        var entries: [Entry] = []
        var problems: [String] = []
        // lines and fields cut at their bytes: splitting by Character costs more than all the rest of the parse
        for (n, bytes) in tsv.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let line = bytes.last == UInt8(ascii: "\r") ? bytes.dropLast() : bytes
            if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
            let f = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map { ActorDictionary.trimmed(Substring($0)) }
            func bad(_ problem: String, _ fix: String) { problems.append("\(file):\(n + 1): \(problem); \(fix)") }
            guard f.count >= 5 else {
                bad("expected at least 5 tab-separated columns (name, aliases, kind, country, sector), found \(f.count)",
                    "separate columns with tabs")
                continue
            }
            func opt(_ i: Int) -> String? { i < f.count && f[i] != "-" && !f[i].isEmpty ? f[i] : nil }
            guard let kind = ActorKind(rawValue: f[2]) else {
                bad("unknown kind '\(f[2])'", "use person, organization, country or group")
                continue
            }
            let country = opt(3)
            if let c = country, c.count != 3 || c.uppercased() != c || (countries.map { !$0.contains(c) } ?? false) {
                bad("unknown country code '\(c)'", "use an ISO 3166 alpha-3 code such as USA, or -")
                continue
            }
            var from: CalendarDate?, to: CalendarDate?
            if let s = opt(6) { from = CalendarDate(iso: s); if from == nil { bad("bad date '\(s)'", "write YYYY-MM-DD or -"); continue } }
            if let s = opt(7) { to = CalendarDate(iso: s); if to == nil { bad("bad date '\(s)'", "write YYYY-MM-DD or -"); continue } }
            let aliases = opt(1)?.split(separator: "|").map(ActorDictionary.trimmed) ?? []
            entries.append(Entry(name: f[0], aliases: aliases, kind: kind, country: country, sector: opt(4),
                                 role: opt(5), from: from, to: to))
        }
        self.init(entries: entries, problems: problems)
    }

    /// A field without the spaces around it (Foundation's trimming costs a start-up's worth over thousands of rows).
    static func trimmed(_ field: Substring) -> String {
        var f = field
        while let c = f.first, c == " " || c == "\u{A0}" { f = f.dropFirst() }
        while let c = f.last, c == " " || c == "\u{A0}" { f = f.dropLast() }
        return String(f)
    }

    /// This dictionary with another's entries ahead of its own (a user's dictionary over the shipped one).
    public func adding(_ other: ActorDictionary) -> ActorDictionary {
        ActorDictionary(entries: other.entries + entries, problems: problems + other.problems)
    }

    /// Reads a user's dictionary file; unreadable rows are reported in ``problems``.
    public static func load(path: String) throws(ParleyError) -> ActorDictionary {
        let text = try ArticleText.read(path: path)
        return ActorDictionary(tsv: text, file: path, countries: CountryTable.shared.codes)
    }

    /// The entry for a name on a date: the row whose range holds the date, else the row nearest to the
    /// date (a 1989 article on a general who became president in 2016 gets the general), else the latest.
    public func lookup(_ name: String, on date: CalendarDate?) -> Entry? {
        guard let rows = byKey[ActorDictionary.key(name)], !rows.isEmpty else { return nil }
        let candidates = rows.map { entries[$0] }
        if let date {
            if let hit = candidates.first(where: { $0.holds(on: date) }) { return hit }
            let day = date.dayNumber
            func distance(_ e: Entry) -> Int {
                if let from = e.from?.dayNumber, day < from { return from - day }
                if let to = e.to?.dayNumber, day > to { return day - to }
                return 0
            }
            return candidates.min { distance($0) < distance($1) }
        }
        return candidates.max { ($0.from?.dayNumber ?? Int.min) < ($1.from?.dayNumber ?? Int.min) }
    }

    /// A name folded for lookup: lower case, no punctuation, single spaces.
    static func key(_ name: String) -> String {
        // ASCII names, nearly all of them, are folded byte by byte
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(name.utf8.count)
            var space = false
            for b in name.utf8 {
                let c = b >= 65 && b <= 90 ? b + 32 : b
                if (c >= 97 && c <= 122) || (c >= 48 && c <= 57) {
                    if space && !bytes.isEmpty { bytes.append(32) }
                    bytes.append(c)
                    space = false
                } else if c == 32 || c == 45 {
                    space = true
                }
            }
            let start = bytes.starts(with: [116, 104, 101, 32]) ? 4 : 0  // "the "
            return String(decoding: bytes[start...], as: UTF8.self)
        }
        var out = ""
        var space = false
        for u in name.lowercased().unicodeScalars {
            if CharClass.isAlnum(u) {
                if space && !out.isEmpty { out.append(" ") }
                out.unicodeScalars.append(u)
                space = false
            } else if u == " " || u == "-" {
                space = true
            }
        }
        return out.hasPrefix("the ") ? String(out.dropFirst(4)) : out
    }
}
