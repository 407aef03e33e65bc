import Testing
import Parley
@testable import ParleyEval

struct PolnearCorpusTests {
    static let text = "Ruiz said the talks went well.\nThe number rose."

    @Test func readsAnAttribution() throws {
        let ann = "T1\tSource 0 4\tRuiz\nT2\tCue 5 9\tsaid\nT3\tContent 10 30\tthe talks went well.\nE1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n"
        let a = try PolnearArticle.parse(ann, file: "a.ann", text: Self.text)
        #expect(a.count == 1)
        #expect(a.first?.sourceText == "Ruiz")
        #expect(a.first?.contentText == "the talks went well.")
    }

    @Test func aSpanTextRunningOverALineBreakIsNoAnnotation() throws {
        // brat writes a discontinuous span's text as it is, line break included
        let ann = "T1\tContent 10 30;31 47\tthe talks went well.\nThe number rose.\nT2\tSource 0 4\tRuiz\nE1\tAttribution:T1 Source:T2 Content:T1\n"
        let a = try PolnearArticle.parse(ann, file: "a.ann", text: Self.text)
        #expect(a.count == 1)
        #expect(a.first?.sourceText == "Ruiz")
    }

    @Test func aBrokenLineIsNamedByItsLineNumber() {
        let ann = "T1\tSource 0 4\tRuiz\n\nT2\tCue\n"
        #expect(throws: ParleyError.self) { try PolnearArticle.parse(ann, file: "a.ann", text: Self.text) }
        do { _ = try PolnearArticle.parse(ann, file: "a.ann", text: Self.text) } catch { #expect(error.description.contains("a.ann:3")) }
    }
}
