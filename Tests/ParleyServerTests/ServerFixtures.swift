import Foundation
import ParleyTestSupport
import Hummingbird
import HummingbirdTesting
import Logging
import Parley
import ParleyServer
import ParleyStore

/// A small store of hand-built documents and the server over it, for the server tests.
enum ServerFixtures {
    /// An actor spec: name, kind, country.
    struct A: Sendable { var name: String; var kind: ActorKind = .person; var country: String? = nil }

    /// An event spec: type, source, target, date, status, topics.
    struct E: Sendable {
        var type: String
        var source: [A]
        var target: [A]
        var date: String?
        var status: EventStatus = .occurred
        var topics: [String] = []
    }

    static let usa = A(name: "United States", kind: .country, country: "USA")
    static let kor = A(name: "South Korea", kind: .country, country: "KOR")
    static let prk = A(name: "North Korea", kind: .country, country: "PRK")
    static let moon = A(name: "Moon Jae-in", country: "KOR")
    static let kim = A(name: "Kim Jong Un", country: "PRK")

    /// Three articles, seven event reports; the two CONSULT reports of Moon and Kim on 2018-04-27 are one incident.
    static let documents: [Document] = [
        document("alpha", published: "2018-04-24", place: ("Seoul", "KOR", 37.57, 126.98), events: [
            E(type: "CONSULT", source: [moon], target: [kim], date: "2018-04-27", topics: ["summit"]),
            E(type: "ACCUSE", source: [usa], target: [prk], date: "2018-04-20"),
            E(type: "AGREE", source: [kor], target: [usa], date: "2018-05-02", status: .planned),
        ]),
        document("beta", published: "2018-04-28", place: ("Panmunjom", "KOR", 37.95, 126.68), events: [
            E(type: "CONSULT", source: [kim], target: [moon], date: "2018-04-27", topics: ["summit"]),
            E(type: "SANCTION", source: [usa], target: [prk], date: "2018-03-01", status: .negated),
        ]),
        document("gamma", published: "2018-06-01", place: ("Singapore", "SGP", 1.29, 103.85), events: [
            E(type: "CONSULT", source: [usa], target: [prk], date: "2018-06-12", status: .planned, topics: ["denuclearization"]),
            E(type: "THREATEN", source: [prk], target: [usa], date: nil),
        ]),
    ]

    /// A document with one sentence per event, one place, and a quote; its text mentions every actor.
    static func document(_ id: String, published: String, place: (String, String, Double, Double), events specs: [E]) -> Document {
        var sentences = specs.enumerated().map { i, s in
            "In \(place.0) \(s.source.map(\.name).joined(separator: " and ")) met \(s.target.map(\.name).joined(separator: " and ")) (\(id) \(i))."
        }
        sentences.append("\u{201C}We agreed,\u{201D} said \(specs[0].source[0].name).")
        let text = sentences.joined(separator: " ")
        var doc = Document(text: text, info: DocumentInfo(id: id, published: published, title: "Title \(id)", source: "Wire",
                                                          url: "https://example.org/\(id)"))
        var offset = 0
        for s in sentences {
            let n = s.unicodeScalars.count
            doc.sentences.append(Sentence(start: offset, end: offset + n, tokenRange: 0..<0))
            offset += n + 1
        }
        let scalars = Array(text.unicodeScalars)
        func find(_ needle: String, from: Int) -> Int {
            let n = Array(needle.unicodeScalars)
            var i = from
            while i + n.count <= scalars.count {
                if Array(scalars[i..<(i + n.count)]) == n { return i }
                i += 1
            }
            return 0
        }
        func actorID(_ a: A) -> String {
            if let existing = doc.actors.first(where: { $0.name == a.name }) { return existing.id }
            let id = "a\(doc.actors.count + 1)"
            doc.actors.append(Actor(id: id, name: a.name, kind: a.kind, country: a.country, sector: "GOV", roles: [], mentions: 2))
            return id
        }
        for (i, s) in specs.enumerated() {
            let sentence = doc.sentences[i]
            let at = find(s.source[0].name, from: sentence.start)
            doc.entities.append(Entity(text: s.source[0].name, start: at, end: at + s.source[0].name.unicodeScalars.count,
                                       type: s.source[0].kind == .country ? .geopolitical : .person, actor: actorID(s.source[0])))
            let trigger = find("met", from: sentence.start)
            doc.events.append(Event(id: "e\(i + 1)", type: s.type, mode: nil, cameo: "040", quad: PloverTypes.quad(of: s.type),
                                    source: s.source.map(actorID), target: s.target.map(actorID), date: s.date, status: s.status,
                                    place: "p1", topics: s.topics, trigger: Span(text: "met", start: trigger, end: trigger + 3),
                                    sentence: i, confidence: 0.9))
        }
        let placeAt = find(place.0, from: 0)
        doc.places.append(Place(id: "p1", text: place.0, start: placeAt, end: placeAt + place.0.unicodeScalars.count, name: place.0,
                                country: place.1, lat: place.2, lon: place.3, kind: "city", metonym: false))
        let quote = doc.sentences[specs.count]
        doc.quotes.append(Quote(text: "\u{201C}We agreed,\u{201D}", start: quote.start, end: quote.start + 12, speaker: "a1"))
        return doc
    }

    /// A new store in a temporary folder holding ``documents``, merged into incidents.
    static func store() throws -> Store {
        let dir = ScratchFolder.make("server")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let store = try Store(path: dir.appendingPathComponent("test.sqlite").path)
        for d in documents { try store.add(d, hash: ContentHash.of(text: d.text, published: d.info.published)) }
        try store.merge()
        return store
    }

    /// The id `/api/articles/{id}` takes for a fixture document.
    static func articleID(_ doc: Document) -> String {
        String(ContentHash.of(text: doc.text, published: doc.info.published).prefix(16))
    }

    /// Runs `body` against the server over a fresh fixture store, in process (or on a loopback port with `.live`).
    static func withServer(_ framework: TestingSetup = .router, maxBodyBytes: Int = 1 << 20,
                           _ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        var quiet = Logger(label: "parley.serve.test")
        quiet.logLevel = .critical
        let app = try buildApplication(store: try store(),
                                       configuration: ServerConfiguration(host: "127.0.0.1", port: 0, maxBodyBytes: maxBodyBytes),
                                       logger: quiet)
        try await app.test(framework, body)
    }

    /// The body of a response as a JSON object.
    static func json(_ response: TestResponse) throws -> [String: Any] {
        let data = Data(buffer: response.body)
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw CocoaError(.coderReadCorrupt)
        }
        return object
    }
}
