import Testing
@testable import Parley

struct QuoteExtractorTests {
    /// (marked-up text, expected quotes as (first words, speaker name))
    static let cases: [(String, [(String, String?)])] = [
        ("\u{201C}We will not back down,\u{201D} [PERSON Ana Ruiz] said.", [("We will not back down,", "Ana Ruiz")]),
        ("\"Talks are over,\" said [TITLE Foreign Minister] [PERSON Omar Haddad] .", [("Talks are over,", "Omar Haddad")]),
        ("[PERSON Ana Ruiz] told reporters: \"The border stays open.\"", [("The border stays open.", "Ana Ruiz")]),
        ("\"It went well,\" [PERSON Ana Ruiz] said, according to [ORG Reuters] .", [("It went well,", "Ana Ruiz")]),
        ("The deal is dead, according to [PERSON Omar Haddad] . \"It is over,\" he said.", [("It is over,", "Omar Haddad")]),
        ("After a short greeting from [TITLE Minister] [PERSON Lina Park] , [PERSON Ana Ruiz] spoke with [PERSON Omar Haddad] .\n\"I came to listen. We will meet again.\"",
         [("I came to listen. We will meet again.", "Ana Ruiz")]),
        ("He called the talks \"productive\" and left.", []),
    ]

    @Test(arguments: cases)
    func attributes(_ marked: String, _ expected: [(String, String?)]) {
        let doc = Markup.document(marked)
        #expect(doc.quotes.count == expected.count)
        for (q, e) in zip(doc.quotes, expected) {
            #expect(q.text == e.0)
            #expect(doc.actor(q.speaker)?.name == e.1)
            #expect(doc.slice(q.start, q.end) == q.text)
        }
    }

    @Test func paragraphQuotesReopen() {
        let spans = QuoteExtractor.quoteSpans(Array("\"First part.\n\n\"Second part,\" she said.".unicodeScalars))
        #expect(spans.count == 2)
    }
}
