import Foundation
import Parley

/// Varied made-up diplomatic articles and the layers the later stages would add to them, for `parley bench-store`.
///
/// Deterministic: the same index gives the same article. The names are invented; the countries
/// and capitals are general knowledge.
struct SyntheticCorpus {
    struct Country { let name: String; let code: String; let capital: String; let lat: Double; let lon: Double }

    static let countries: [Country] = [
        Country(name: "France", code: "FRA", capital: "Paris", lat: 48.86, lon: 2.35),
        Country(name: "Germany", code: "DEU", capital: "Berlin", lat: 52.52, lon: 13.40),
        Country(name: "Japan", code: "JPN", capital: "Tokyo", lat: 35.68, lon: 139.69),
        Country(name: "Brazil", code: "BRA", capital: "Brasilia", lat: -15.79, lon: -47.88),
        Country(name: "India", code: "IND", capital: "New Delhi", lat: 28.61, lon: 77.21),
        Country(name: "Kenya", code: "KEN", capital: "Nairobi", lat: -1.29, lon: 36.82),
        Country(name: "Canada", code: "CAN", capital: "Ottawa", lat: 45.42, lon: -75.70),
        Country(name: "Mexico", code: "MEX", capital: "Mexico City", lat: 19.43, lon: -99.13),
        Country(name: "Egypt", code: "EGY", capital: "Cairo", lat: 30.04, lon: 31.24),
        Country(name: "Indonesia", code: "IDN", capital: "Jakarta", lat: -6.21, lon: 106.85),
        Country(name: "Norway", code: "NOR", capital: "Oslo", lat: 59.91, lon: 10.75),
        Country(name: "Chile", code: "CHL", capital: "Santiago", lat: -33.45, lon: -70.67),
        Country(name: "Vietnam", code: "VNM", capital: "Hanoi", lat: 21.03, lon: 105.85),
        Country(name: "Nigeria", code: "NGA", capital: "Abuja", lat: 9.08, lon: 7.40),
        Country(name: "Poland", code: "POL", capital: "Warsaw", lat: 52.23, lon: 21.01),
        Country(name: "Australia", code: "AUS", capital: "Canberra", lat: -35.28, lon: 149.13),
    ]
    static let given = ["Alma", "Bruno", "Clara", "Dario", "Elena", "Farid", "Greta", "Hugo", "Irena", "Jonas", "Kira", "Luis",
                        "Mira", "Nils", "Olga", "Pavel", "Rosa", "Samir", "Tara", "Viktor"]
    static let family = ["Aldana", "Berger", "Castell", "Dumont", "Ekholm", "Ferrand", "Gallo", "Hartmann", "Ilves", "Jansen",
                         "Kovac", "Lindqvist", "Moreau", "Novak", "Okafor", "Petrov", "Quiroga", "Rinaldi", "Sato", "Varga"]
    static let titles = ["Foreign Minister", "Defence Minister", "Trade Minister", "Prime Minister", "President", "envoy"]
    static let topics = ["trade", "security", "climate", "energy", "migration", "fisheries", "health", "shipping"]
    static let types: [(type: String, cameo: String, quad: Int, verb: String)] = [
        ("CONSULT", "040", 1, "met"), ("AGREE", "057", 1, "agreed with"), ("COOPERATE", "060", 2, "worked with"),
        ("SUPPORT", "051", 1, "backed"), ("REQUEST", "020", 1, "asked"), ("ACCUSE", "112", 3, "accused"),
        ("REJECT", "120", 3, "rejected a proposal from"), ("THREATEN", "130", 3, "warned"), ("SANCTION", "163", 4, "sanctioned"),
        ("AID", "070", 2, "sent aid to"), ("PROTEST", "140", 3, "protested to"), ("CONCEDE", "080", 2, "eased its stance toward"),
    ]
    static let openers = [
        "Officials said the talks ran longer than planned.",
        "The meeting followed weeks of quiet preparation by both ministries.",
        "Neither side gave details of the closing statement.",
        "Analysts in the region described the tone as cautious but constructive.",
        "A joint working group is expected to report within a month.",
        "Reporters were kept outside the conference hall for most of the day.",
        "The delegations exchanged documents on port access and customs rules.",
        "Both governments have faced pressure at home over the issue.",
    ]

    /// A pseudo-random generator seeded per article (SplitMix64), so runs are repeatable.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
        mutating func pick<T>(_ a: [T]) -> T { a[int(a.count)] }
    }

    /// The article record of an index: text, a date in 2018–2020, an id.
    static func article(_ index: Int) -> ArticleRecord {
        var r = Random(state: UInt64(index) &* 7919 &+ 17)
        let day = CalendarDate(year: 2018, month: 1, day: 1).map { $0.dayNumber + r.int(3 * 365) } ?? 0
        let published = CalendarDate(dayNumber: day).iso
        var sentences: [String] = []
        let n = 8 + r.int(8)
        for _ in 0..<n {
            let a = r.pick(countries), b = r.pick(countries)
            let who = "\(r.pick(titles)) \(r.pick(given)) \(r.pick(family))"
            let t = r.pick(types)
            switch r.int(4) {
            case 0: sentences.append("\(who) of \(a.name) \(t.verb) \(b.name) in \(b.capital) on \(r.pick(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])) over \(r.pick(topics)).")
            case 1: sentences.append("In \(a.capital), \(who) said \(a.name) \(t.verb) \(b.name) after a dispute about \(r.pick(topics)).")
            case 2: sentences.append(r.pick(openers))
            default: sentences.append("\"We will keep talking about \(r.pick(topics)),\" \(who) told reporters in \(a.capital).")
            }
        }
        return ArticleRecord(id: "synthetic-\(index)", text: sentences.joined(separator: " "), published: published,
                             source: r.pick(["Wire A", "Daily B", "Gazette C"]), title: "Talks in \(r.pick(countries).capital)")
    }

    /// Adds the actors, places and events the later stages would find, `count` events (random 1–7 when nil).
    static func addLayers(_ doc: inout Document, count: Int? = nil) {
        var r = Random(state: UInt64(truncatingIfNeeded: doc.info.id.hashValueStable) | 1)
        let base = doc.info.published.flatMap { CalendarDate(iso: $0) }?.dayNumber ?? 17_600
        let k = count ?? (1 + r.int(7))
        let sentenceCount = max(1, doc.sentences.count)
        for _ in 0..<k {
            let a = r.pick(countries)
            var b = r.pick(countries)
            if b.code == a.code { b = countries[((countries.firstIndex { $0.code == a.code } ?? 0) + 1) % countries.count] }
            func actor(_ c: Country, person: Bool) -> Actor {
                let id = "a\(doc.actors.count + 1)"
                let name = person ? "\(given[c.code.hashValueStable % given.count]) \(family[(c.code.hashValueStable / 7) % family.count])" : c.name
                if let existing = doc.actors.first(where: { $0.name == name }) { return existing }
                let new = Actor(id: id, name: name, kind: person ? .person : .country, country: c.code, sector: "GOV",
                                roles: person ? [r.pick(titles)] : [], mentions: 1 + r.int(4))
                doc.actors.append(new)
                return new
            }
            let src = actor(a, person: r.int(2) == 0), dst = actor(b, person: r.int(3) == 0)
            let placeID = "p\(doc.places.count + 1)"
            doc.places.append(Place(id: placeID, text: b.capital, start: 0, end: 0, name: b.capital, country: b.code,
                                    lat: b.lat, lon: b.lon, kind: "city", metonym: false))
            let t = r.pick(types)
            let dayValue = CalendarDate(dayNumber: base - r.int(3)).iso
            let date: String? = switch r.int(10) {
            case 0: nil
            case 1: CalendarDate(dayNumber: base).isoWeekString
            case 2: String(dayValue.prefix(7))
            default: dayValue
            }
            let s = r.int(sentenceCount)
            let sentence = doc.sentences.isEmpty ? nil : doc.sentences[s]
            doc.events.append(Event(
                id: "e\(doc.events.count + 1)", type: t.type, mode: nil, cameo: t.cameo, quad: t.quad, source: [src.id], target: [dst.id],
                date: date, status: r.pick([.occurred, .occurred, .occurred, .planned, .hypothetical, .negated]),
                place: placeID, topics: [r.pick(topics)],
                trigger: Span(text: t.verb, start: sentence?.start ?? 0, end: sentence?.start ?? 0), sentence: s,
                confidence: 0.5 + Double(r.int(50)) / 100))
        }
    }
}

/// The bench's stand-in for the stages still to come: the layers of ``SyntheticCorpus/addLayers(_:count:)``.
struct SyntheticLayers: Stage {
    let name = "synthetic-layers"
    func process(_ document: inout Document) { SyntheticCorpus.addLayers(&document) }
}

extension String {
    /// FNV-1a of the UTF-8 bytes: the same on every run, unlike `hashValue`.
    var hashValueStable: Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: h >> 1)
    }
}
