import Testing
@testable import Parley

struct TokenizerTests {
    static let cases: [(String, [String])] = [
        ("the U.S. and Japan", ["the", "U.S.", "and", "Japan"]),
        ("the U. S. summit", ["the", "U.", "S.", "summit"]),
        ("North Korea-U. S. summit", ["North", "Korea-U.", "S.", "summit"]),
        ("the U.S.-Japan summit", ["the", "U.S.-Japan", "summit"]),
        ("Seoul's envoy", ["Seoul", "'s", "envoy"]),
        ("Seoul’s envoy", ["Seoul", "'s", "envoy"]),
        ("We're ready, don't worry", ["We", "'re", "ready", ",", "do", "n't", "worry"]),
        ("the countries' envoys", ["the", "countries", "'", "envoys"]),
        ("O'Neill said", ["O'Neill", "said"]),
        ("Kang Kyung-wha met", ["Kang", "Kyung-wha", "met"]),
        ("Gen. Mattis and Sen. Kim", ["Gen.", "Mattis", "and", "Sen.", "Kim"]),
        ("Sept. 3, 2018", ["Sept.", "3", ",", "2018"]),
        ("1,000 troops and 3.5 percent", ["1,000", "troops", "and", "3.5", "percent"]),
        ("2018, and", ["2018", ",", "and"]),
        ("Kang,... Thornton", ["Kang", ",", "...", "Thornton"]),
        ("denuclearization -- Kanasugi", ["denuclearization", "--", "Kanasugi"]),
        ("\u{201C}We agreed,\u{201D} he said.", ["\"", "We", "agreed", ",", "\"", "he", "said", "."]),
        ("at 9 a.m. today", ["at", "9", "a.m.", "today"]),
        ("Follow Ivan: @ivan_p", ["Follow", "Ivan", ":", "@ivan", "_", "p"]),
        ("AT&T and J. Smith", ["AT&T", "and", "J.", "Smith"]),
    ]

    @Test(arguments: cases)
    func tokens(_ input: String, _ expected: [String]) {
        let doc = Fixtures.pipeline.prefix(through: "tokens").run(text: input, id: "t")
        #expect(doc.tokens.map(\.text) == expected)
    }

    @Test func offsetsSliceTheOriginalText() {
        let text = "“Kim’s  envoy” — met\u{00A0}Moon in Seoul… 😀 ok."
        let doc = Fixtures.pipeline.prefix(through: "tokens").run(text: text, id: "t")
        let scalars = Array(text.unicodeScalars)
        for t in doc.tokens {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[t.start..<t.end])
            #expect(String(s).count == t.text.count)
            #expect(doc.slice(t.start, t.end) == String(s))
        }
        #expect(doc.tokens.contains { $0.text == "Kim" })
    }
}
