import Parley
import Testing
@testable import ParleyEval

struct GUMDatesTests {
    // A made-up two-paragraph document in GUM's two files: the XML marks the dates, the CoNLL-U
    // holds the tokens and their spacing.
    static let xml = """
        <text id="GUM_news_sample" type="news" dateCreated="2015-08-22">
        <p>
        <s>
        <date when="2015-08-21" rend="bold">
        Friday\tNP
        ,\t,
        August\tNP
        21\tCD
        ,\t,
        2015\tCD
        </date>
        </s>
        </p>
        <p>
        <s>
        Talks\tNNS
        ended\tVVD
        <date from="2015-08-15" to="2015-08-16">
        last\tJJ
        weekend\tNN
        </date>
        for\tIN
        <date notBefore="2004" notAfter="2015">
        11\tCD
        years\tNNS
        </date>
        .\tSENT
        </s>
        </p>
        </text>
        """

    static let conllu = """
        # newpar
        1\tFriday\tFriday\tPROPN\tNP\t_\t0\troot\t_\tSpaceAfter=No
        2\t,\t,\tPUNCT\t,\t_\t1\tpunct\t_\t_
        3\tAugust\tAugust\tPROPN\tNP\t_\t1\tappos\t_\t_
        4\t21\t21\tNUM\tCD\t_\t3\tnummod\t_\tSpaceAfter=No
        5\t,\t,\tPUNCT\t,\t_\t3\tpunct\t_\t_
        6\t2015\t2015\tNUM\tCD\t_\t3\tnmod\t_\t_

        # newpar
        1\tTalks\ttalk\tNOUN\tNNS\t_\t2\tnsubj\t_\t_
        2\tended\tend\tVERB\tVVD\t_\t0\troot\t_\t_
        3\tlast\tlast\tADJ\tJJ\t_\t4\tamod\t_\t_
        4\tweekend\tweekend\tNOUN\tNN\t_\t2\tobl\t_\t_
        5\tfor\tfor\tADP\tIN\t_\t7\tcase\t_\t_
        6\t11\t11\tNUM\tCD\t_\t7\tnummod\t_\t_
        7\tyears\tyear\tNOUN\tNNS\t_\t2\tobl\t_\tSpaceAfter=No
        8\t.\t.\tPUNCT\tSENT\t_\t2\tpunct\t_\t_

        """

    @Test func readsTextDatelineAndDates() throws {
        let doc = try GUMDocument.parse(xml: Self.xml, conllu: Self.conllu, name: "sample.xml")
        #expect(doc.id == "GUM_news_sample")
        #expect(doc.text == "Friday, August 21, 2015\n\nTalks ended last weekend for 11 years.")
        // the dateline gives the published date and is not itself a date to score
        #expect(doc.published == "2015-08-21")
        #expect(doc.dates.count == 2)
        let weekend = doc.dates[0]
        #expect(Array(doc.text.unicodeScalars)[weekend.start..<weekend.end].map(String.init).joined() == "last weekend")
        #expect(weekend.interval == TimexInterval(value: "2015-W33-WE"))
        // a duration's bounds are kept but name no days
        #expect(doc.dates[1].interval == nil)
    }

    @Test func aValueMatchesTheSameDays() throws {
        let doc = try GUMDocument.parse(xml: Self.xml, conllu: Self.conllu, name: "sample.xml")
        let weekend = doc.dates[0]
        #expect(GUMDateScore.matches("2015-W33-WE", weekend))
        #expect(!GUMDateScore.matches("2015-W34-WE", weekend))
        #expect(!GUMDateScore.matches("PAST_REF", weekend))
    }

    @Test func mismatchedFilesNameTheProblem() {
        let short = Self.conllu.split(separator: "\n").dropLast(3).joined(separator: "\n")
        #expect(throws: ParleyError.self) { try GUMDocument.parse(xml: Self.xml, conllu: short, name: "sample.xml") }
    }
}
