import Foundation
@testable import Parley
import Testing

/// The direct writer gives the very bytes of Foundation's encoder over the model's `Encodable` conformance.
struct DocumentJSONTests {
    /// Documents with every optional field set and unset, escapes, non-ASCII text and awkward numbers.
    static let handMade: [Document] = {
        var plain = Document(text: "", info: DocumentInfo(id: "empty"))
        plain.sentences = []
        var full = Document(text: "Tab\there, \"quoted\" \\ back\u{1}slash, Zürich → Genève.\n",
                            info: DocumentInfo(id: "full/1", published: "2019-03-04", title: "A \"title\"", source: "Wire", url: "https://x.org/a?b=1"))
        full.sentences = [Sentence(start: 0, end: 10, tokenRange: 0..<0), Sentence(start: 11, end: 52, tokenRange: 0..<0)]
        full.entities = [Entity(text: "Zürich", start: 33, end: 39, type: .geopolitical, actor: nil, place: "p1"),
                         Entity(text: "Genève", start: 42, end: 48, type: .person, actor: "a1")]
        full.actors = [Actor(id: "a1", name: "Genève \"G\"", kind: .organization, country: "CHE", sector: nil, roles: ["envoy", "chair"], mentions: 3),
                       Actor(id: "a2", name: "Nobody", kind: .group)]
        full.times = [TimeExpression(text: "Monday", start: 0, end: 6, type: .date, value: "2019-03-04", mod: "APPROX"),
                      TimeExpression(text: "weeks", start: 7, end: 12, type: .duration, value: nil)]
        full.places = [Place(id: "p1", text: "Zürich", start: 33, end: 39, name: "Zürich", country: "CHE", lat: 47.37, lon: 8,
                             kind: "city", metonym: true, geonameid: 2_657_896),
                       Place(id: "p2", text: "x", start: 0, end: 0, name: "Sea", country: nil, lat: -0.000012, lon: -179.99999,
                             kind: "water", metonym: false)]
        full.quotes = [Quote(text: "quoted", start: 11, end: 17, speaker: "a1", cue: "said", content: Span(text: "c", start: 1, end: 2),
                             source: Span(text: "s", start: 3, end: 4)),
                       Quote(text: "q", start: 0, end: 1, speaker: nil)]
        full.events = [Event(id: "e1", type: "CONSULT", mode: "visit", cameo: "042", quad: 1, source: ["a1"], target: ["a2", "a1"],
                             date: "2019-W10", status: .planned, place: "p1", topics: ["trade", "fish\"eries"],
                             trigger: Span(text: "met", start: 5, end: 8), sentence: 1, confidence: 0.9,
                             evidence: [Span(text: "talks", start: 20, end: 25), Span(text: "visit", start: 30, end: 35)]),
                       Event(id: "e2", type: "AID", mode: nil, cameo: "070", quad: 2, source: [], target: [], date: nil,
                             status: .negated, place: nil, topics: [], trigger: Span(text: "", start: 0, end: 0), sentence: -1,
                             confidence: 1)]
        return [plain, full]
    }()

    /// What the pipeline makes of articles written for this test, plus the store tests' documents.
    static let extracted: [Document] = {
        let texts = [
            "WASHINGTON (Wire) — Foreign Minister Alma Berger of Germany met President Hugo Sato of Japan in Tokyo on Monday to discuss trade.",
            "\"We will keep talking,\" the envoy told reporters in Nairobi on 4 March 2019, after Kenya sent aid to Egypt.",
            "The United Nations said on Friday it would not impose sanctions on Norway. Officials in Oslo rejected the claim last week.",
        ]
        let pipeline = (try? Pipeline.standard()) ?? Pipeline(stages: [])
        var docs = texts.enumerated().map { i, t in pipeline.run(text: t, id: "t\(i)", published: "2019-03-08", title: nil, source: nil, url: nil) }
        return docs
    }()

    @Test("the direct writer writes the bytes of Foundation's encoder", arguments: handMade + extracted)
    func sameBytes(doc: Document) throws {
        let direct = try DocumentJSON.bytes(doc)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let encoded = try encoder.encode(doc)
        #expect(String(decoding: direct, as: UTF8.self) == String(decoding: encoded, as: UTF8.self))
    }

    @Test("a number JSON cannot hold is refused with the document's id")
    func badNumber() {
        var doc = Document(text: "x", info: DocumentInfo(id: "nan-doc"))
        doc.places = [Place(id: "p1", text: "x", start: 0, end: 1, name: "x", country: nil, lat: .nan, lon: 0, kind: "city", metonym: false)]
        #expect(throws: ParleyError.self) { try DocumentJSON.bytes(doc) }
    }
}
