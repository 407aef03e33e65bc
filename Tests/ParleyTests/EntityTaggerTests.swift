import Foundation
import Testing
@testable import Parley

struct EntityTaggerTests {
    /// Sentences and the names the shipped model finds in them ("TYPE first-last" in words).
    static let sentences: [(String, [String])] = [
        ("German Chancellor Angela Merkel met French President Emmanuel Macron in Paris on Monday .",
         ["MISC 0-0", "PER 2-3", "MISC 5-5", "PER 7-8", "LOC 10-10"]),
        ("The European Union and NATO criticised Russia .", ["ORG 1-2", "ORG 4-4", "LOC 6-6"]),
        ("Shares of General Motors fell 2 percent in New York trading .", ["ORG 2-3", "LOC 8-9"]),
    ]

    @Test(arguments: sentences)
    func shippedModelFindsNames(_ sentence: String, _ expected: [String]) throws {
        let tagger = try #require(EntityTagger.shared)
        let words = sentence.split(separator: " ").map(String.init)
        let spans = tagger.spans(document: [words])[0]
        #expect(spans.map { "\(EntityTagger.types[$0.type]) \($0.start)-\($0.end - 1)" } == expected)
        #expect(tagger.tag(document: [words])[0].count == words.count)
    }

    @Test func emptySentencesAndDocumentsAreFine() throws {
        let tagger = try #require(EntityTagger.shared)
        #expect(tagger.spans(document: []).isEmpty)
        #expect(tagger.spans(document: [[], ["Paris"]]).count == 2)
    }

    static let tiny: [EntityTaggerTrainer.Example] = [
        .init(words: ["Alice", "Walker", "visited", "Oslo", "."], tags: ["B-PER", "I-PER", "O", "B-LOC", "O"], document: 0),
        .init(words: ["Acme", "Corp", "hired", "Bob", "."], tags: ["B-ORG", "I-ORG", "O", "B-PER", "O"], document: 0),
        .init(words: ["Oslo", "welcomed", "Norwegian", "fans", "."], tags: ["B-LOC", "O", "B-MISC", "O", "O"], document: 1),
    ]

    static func trainTiny() -> EntityTagger {
        var trainer = EntityTaggerTrainer(bits: 12)
        trainer.train(tiny, epochs: 5)
        return trainer.model()
    }

    @Test func trainingIsDeterministicAndLearnsItsData() {
        let a = Self.trainTiny(), b = Self.trainTiny()
        #expect(a.serialized() == b.serialized())
        let tags = a.tag(document: Self.tiny.map(\.words))
        #expect(tags == Self.tiny.map(\.tags))
    }

    @Test func modelFilesRoundTrip() throws {
        let model = Self.trainTiny()
        let bytes = model.serialized()
        let again = try EntityTagger.load(bytes: bytes, input: "tiny.model")
        #expect(again.serialized() == bytes)
    }

    /// Ways a model file gets damaged, and the problem it is then refused for.
    enum Damage: String, CaseIterable, Sendable {
        case truncated, flipped, foreign

        func apply(_ b: [UInt8]) -> [UInt8] {
            switch self {
            case .truncated: return Array(b.prefix(b.count / 2))
            case .flipped: var b = b; b[b.count / 2] ^= 0xFF; return b
            case .foreign: return Array("not a model at all, just some text".utf8)
            }
        }

        var problem: String { self == .foreign ? "not a Parley entity model" : "checksum" }
    }

    @Test(arguments: Damage.allCases)
    func damagedModelsAreRefused(_ damage: Damage) {
        let bytes = damage.apply(Self.trainTiny().serialized())
        #expect {
            _ = try EntityTagger.load(bytes: bytes, input: damage.rawValue)
        } throws: { error in
            guard let e = error as? ParleyError else { return false }
            return e.code == .malformedModel && e.input == damage.rawValue && e.problem.contains(damage.problem)
        }
    }

    @Test func missingModelFileIsNamed() {
        #expect(throws: ParleyError.self) { _ = try EntityTagger.load(path: "/nonexistent/ner.model") }
    }

    @Test(arguments: [
        (["I-PER", "I-PER", "O", "I-LOC", "B-LOC"], ["B-PER", "I-PER", "O", "B-LOC", "B-LOC"]),
        (["O", "I-ORG", "I-MISC"], ["O", "B-ORG", "B-MISC"]),
    ])
    func iob1BecomesBIO(_ iob1: [String], _ bio: [String]) {
        #expect(EntityTaggerTrainer.bio(iob1) == bio)
    }
}
