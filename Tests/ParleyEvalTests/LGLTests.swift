import Testing
@testable import ParleyEval

struct LGLTests {
    static let sample = """
        <articles>
          <article docid="1">
            <text><![CDATA[Flooding hit Paris, Texas, and Dallas.]]></text>
            <toponyms count="2">
              <toponym><start>13</start><end>18</end><phrase>Paris</phrase>
                <gaztag geonameid="4717560"><name>Paris</name><lat>33.66</lat><lon>-95.55</lon></gaztag></toponym>
              <toponym><start>31</start><end>37</end><phrase>Dallas</phrase>
                <gaztag geonameid="4684888"><name>Dallas</name><lat>32.78</lat><lon>-96.81</lon></gaztag></toponym>
            </toponyms>
          </article>
        </articles>
        """

    @Test func readsArticlesAndToponyms() throws {
        let a = try LGLArticle.parse(Self.sample, file: "s.xml")
        #expect(a.count == 1)
        #expect(a[0].toponyms.map(\.phrase) == ["Paris", "Dallas"])
        #expect(a[0].toponyms[0].lat == 33.66)
        #expect(a[0].text.hasPrefix("Flooding"))
    }

    @Test func scoresDistances() {
        var s = GeoScorer()
        s.errors = [5, 100, 500]
        s.unresolved = 1
        #expect(s.accuracy161 == 0.5)
        #expect(s.auc > 0 && s.auc < 1)
    }

    @Test func unclosedArticleNamesTheLine() {
        do {
            _ = try LGLArticle.parse("<articles>\n<article docid=\"1\">\n<text>x</text>", file: "bad.xml")
            Issue.record("expected an error")
        } catch {
            #expect(error.input == "bad.xml:2")
        }
    }
}
