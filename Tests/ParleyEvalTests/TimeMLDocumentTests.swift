import Testing
@testable import ParleyEval
@testable import Parley

struct TimeMLDocumentTests {
    static let sample = """
    <?xml version="1.0" ?>
    <TimeML>
    <DOCID>X1</DOCID>
    <DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-08" temporalFunction="false" functionInDocument="CREATION_TIME">1998-08-08</TIMEX3></DCT>
    <TEXT>
    Bombs <EVENT eid="e1" class="OCCURRENCE">exploded</EVENT> in Kenya &amp; Tanzania <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>.
    Talks lasted <TIMEX3 tid="t2" type="DURATION" value="P2W" mod="MORE_THAN">just over two weeks</TIMEX3>.
    </TEXT>
    </TimeML>
    """

    @Test func readsTextAndGoldOffsets() throws {
        let doc = try TimeMLDocument(source: Self.sample, name: "x.tml")
        #expect(doc.creationTime == "1998-08-08")
        #expect(doc.publishedDay == "1998-08-08")
        #expect(doc.text.contains("Kenya & Tanzania Friday."))
        #expect(doc.timexes.count == 2)
        let scalars = Array(doc.text.unicodeScalars)
        let first = try #require(doc.timexes.first)
        #expect(String(String.UnicodeScalarView(scalars[first.start..<first.end])) == "Friday")
        #expect(doc.timexes[1].mod == "MORE_THAN")
        #expect(doc.timexes[1].value == "P2W")
    }

    static let malformed: [(String, String)] = [
        ("<TimeML><TEXT>a <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998\">1998</TEXT></TimeML>", "x.tml:1"),
        ("<TimeML>\n<TEXT>\na </TIMEX3> b\n</TEXT></TimeML>", "x.tml:3"),
        ("<TimeML><DCT></DCT></TimeML>", "x.tml:1"),
        ("<TimeML>\n<TEXT>a <TIMEX3 tid=t1>b</TIMEX3></TEXT>", "x.tml:2"),
    ]

    @Test(arguments: malformed)
    func malformedFilesNameTheLine(_ source: String, _ input: String) {
        #expect {
            _ = try TimeMLDocument(source: source, name: "x.tml")
        } throws: { error in
            (error as? ParleyError)?.input == input && (error as? ParleyError)?.code == .malformedInput
        }
    }

    @Test func annotatedCopyKeepsTheHeadAndTagsTimes() throws {
        let doc = try TimeMLDocument(source: Self.sample, name: "x.tml")
        let g = doc.timexes[0]
        let out = doc.annotated(with: [TimeExpression(text: "Friday", start: g.start, end: g.end, type: .date, value: "1998-08-07")])
        #expect(out.contains("functionInDocument=\"CREATION_TIME\""))
        #expect(out.contains("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-08-07\">Friday</TIMEX3>"))
        #expect(out.contains("Kenya &amp; Tanzania"))
        let reread = try TimeMLDocument(source: out, name: "y.tml")
        #expect(reread.text == doc.text)
        #expect(reread.timexes.first?.start == g.start)
    }
}
