import Testing
@testable import Parley

struct SentenceSplitterTests {
    static let cases: [(String, [String])] = [
        ("Officials from the U.S. and Japan met. They talked.",
         ["Officials from the U.S. and Japan met.", "They talked."]),
        ("The talks moved to the U.S. The envoy left.",
         ["The talks moved to the U.S.", "The envoy left."]),
        ("The North Korea-U. S. summit will go ahead, he said.",
         ["The North Korea-U. S. summit will go ahead, he said."]),
        ("Martin Luther King Jr. spoke. Crowds cheered.",
         ["Martin Luther King Jr. spoke.", "Crowds cheered."]),
        ("Gen. James Mattis met Adm. Harris in Sept. last year.",
         ["Gen. James Mattis met Adm. Harris in Sept. last year."]),
        // a clock time's other zone in brackets goes on with the sentence; other brackets after a.m./p.m. start one
        ("The blast came at 10:35 a.m. (0735 GMT) Friday. Rescuers arrived.",
         ["The blast came at 10:35 a.m. (0735 GMT) Friday.", "Rescuers arrived."]),
        ("The talks ended at 3 p.m. (Reporting by Ana Ruiz.)",
         ["The talks ended at 3 p.m.", "(Reporting by Ana Ruiz.)"]),
        ("The memo was signed by John F. Kennedy in 1963.",
         ["The memo was signed by John F. Kennedy in 1963."]),
        ("After a greeting from Minister Park,... Ortega spoke with Lim.",
         ["After a greeting from Minister Park,... Ortega spoke with Lim."]),
        ("They spoke of ways to work together... to keep the peace.",
         ["They spoke of ways to work together... to keep the peace."]),
        ("Ties improved -- slowly -- after the visit. Trade grew.",
         ["Ties improved -- slowly -- after the visit.", "Trade grew."]),
        ("\u{201C}We will meet again.\u{201D} The minister smiled.",
         ["\u{201C}We will meet again.\u{201D}", "The minister smiled."]),
        ("\"We will meet again,\" the minister said. \"Soon.\"",
         ["\"We will meet again,\" the minister said.", "\"Soon.\""]),
        ("Envoys Meet in Geneva\n\nJune 3, 2019\n\nThe envoys met on Monday.",
         ["Envoys Meet in Geneva", "June 3, 2019", "The envoys met on Monday."]),
        ("The leaders shake hands in Hanoi. (Photo: Reuters)\nThe summit ended early.",
         ["The leaders shake hands in Hanoi.", "(Photo: Reuters)", "The summit ended early."]),
        ("The summit ended early.\nFollow Maria on Twitter: @maria_news",
         ["The summit ended early.", "Follow Maria on Twitter: @maria_news"]),
        ("Is it over? No, he said! It goes on.",
         ["Is it over?", "No, he said!", "It goes on."]),
        ("The vote was 52 to 48. Dr. Ruiz abstained.",
         ["The vote was 52 to 48.", "Dr. Ruiz abstained."]),
    ]

    @Test(arguments: cases)
    func sentences(_ input: String, _ expected: [String]) {
        #expect(Fixtures.run(input).sentenceTexts == expected)
    }

    @Test func hardWrappedLinesJoin() {
        let line = "The delegation arrived in the capital late on Sunday and was met by"
        let text = Array(repeating: line + "\nofficials who then travelled with it to the ministry for talks.", count: 4)
            .joined(separator: "\n")
        let doc = Fixtures.run(text)
        #expect(doc.sentences.count == 4)
    }
}
