import Testing
import Parley
@testable import ParleyEval

struct TimeMLTests {
    static let sample = """
        <?xml version="1.0" ?>
        <TimeML>
        <DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
        <TEXT>
        Talks <EVENT eid="e1">resumed</EVENT> on <TIMEX3 tid="t1" type="DATE" value="1998-01-05">Monday</TIMEX3> &amp; lasted <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3>.
        </TEXT>
        </TimeML>
        """

    @Test func readsTextDCTAndTimexes() throws {
        let doc = try TimeMLDocument.parse(Self.sample, name: "s.tml", file: "s.tml")
        #expect(doc.dct == "1998-01-08")
        let scalars = Array(doc.text.unicodeScalars)
        let texts = doc.timexes.map { t in String(String.UnicodeScalarView(scalars[t.start..<t.end])) }
        #expect(texts == ["Monday", "two days"])
        #expect(doc.text.contains("& lasted"))
    }

    @Test func scoresTempEvalMeasures() throws {
        let doc = try TimeMLDocument.parse(Self.sample, name: "s.tml", file: "s.tml")
        let result = try Pipeline.standard().prefix(through: "times").run(text: doc.text, id: "s", published: doc.dct)
        var scorer = TimexScorer()
        scorer.add(system: result.times, gold: doc.timexes)
        #expect(scorer.relaxedScores.f1 == 1)
        #expect(scorer.valueAccuracy == 1)
    }

    @Test func malformedMarkupNamesTheLine() {
        do {
            _ = try TimeMLDocument.parse("<TimeML>\n<TEXT>\nA <TIMEX3 type=\"DATE\">day\n</TEXT>", name: "b.tml", file: "b.tml")
            Issue.record("expected an error")
        } catch {
            #expect(error.input.hasPrefix("b.tml:"))
        }
    }
}
