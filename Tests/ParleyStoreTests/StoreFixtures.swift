import Foundation
import ParleyTestSupport
import Parley
@testable import ParleyStore

/// Temporary stores and hand-built documents for the store tests.
enum StoreFixtures {
    /// A path for a new store in a fresh temporary folder.
    static func tempPath(_ name: String = "test.sqlite") -> String {
        let dir = ScratchFolder.make("store")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent(name).path
    }

    /// An actor spec: name, kind, country.
    struct A { var name: String; var kind: ActorKind = .person; var country: String? = nil }

    /// An event spec.
    struct E {
        var type: String
        var source: [A]
        var target: [A]
        var date: String?
        var status: EventStatus = .occurred
        var topics: [String] = []
    }

    static let usa = A(name: "United States", kind: .country, country: "USA")
    static let kor = A(name: "South Korea", kind: .country, country: "KOR")
    static let korAlt = A(name: "Republic of Korea", kind: .country, country: "KOR")
    static let prk = A(name: "North Korea", kind: .country, country: "PRK")
    static let moon = A(name: "Moon Jae-in", country: "KOR")
    static let kim = A(name: "Kim Jong Un", country: "PRK")

    /// A document with one sentence per event and the actors, places and events the specs give.
    static func document(_ id: String, published: String? = "2018-04-24", events specs: [E]) -> Document {
        var sentences: [String] = []
        for (i, s) in specs.enumerated() {
            sentences.append("Report \(id) number \(i): \(s.source.map(\.name).joined(separator: " and ")) \(s.type.lowercased()) \(s.target.map(\.name).joined(separator: " and ")).")
        }
        if sentences.isEmpty { sentences = ["Nothing happened in \(id)."] }
        let text = sentences.joined(separator: " ")
        var doc = Document(text: text, info: DocumentInfo(id: id, published: published, title: "Title \(id)", source: "Wire", url: "https://example.org/\(id)"))
        var offset = 0
        for s in sentences {
            let n = s.unicodeScalars.count
            doc.sentences.append(Sentence(start: offset, end: offset + n, tokenRange: 0..<0))
            offset += n + 1
        }
        func actorID(_ a: A) -> String {
            if let existing = doc.actors.first(where: { $0.name == a.name }) { return existing.id }
            let id = "a\(doc.actors.count + 1)"
            doc.actors.append(Actor(id: id, name: a.name, kind: a.kind, country: a.country, sector: "GOV", roles: [], mentions: 2))
            return id
        }
        doc.places.append(Place(id: "p1", text: "Seoul", start: 0, end: 0, name: "Seoul", country: "KOR", lat: 37.57, lon: 126.98,
                                kind: "city", metonym: false))
        for (i, s) in specs.enumerated() {
            let sentence = doc.sentences[i]
            doc.events.append(Event(id: "e\(i + 1)", type: s.type, mode: nil, cameo: "040", quad: 1,
                                    source: s.source.map(actorID), target: s.target.map(actorID), date: s.date, status: s.status,
                                    place: "p1", topics: s.topics,
                                    trigger: Span(text: "Report", start: sentence.start, end: sentence.start + 6),
                                    sentence: i, confidence: 0.9))
        }
        return doc
    }

    /// Stores documents and merges, one batch.
    static func store(_ docs: [Document], path: String = tempPath()) throws -> Store {
        let store = try Store(path: path)
        for d in docs { try store.add(d, hash: ContentHash.of(text: d.text, published: d.info.published)) }
        try store.merge()
        return store
    }

    /// A document JSON line with its text, as `parley ingest` reads from JSON Lines.
    static func jsonLine(_ doc: Document) throws -> String {
        let body = String(decoding: try doc.jsonData(), as: UTF8.self)
        let text = String(decoding: try JSONEncoder().encode(doc.text), as: UTF8.self)
        return "{\"text\":" + text + "," + body.dropFirst()
    }
}
