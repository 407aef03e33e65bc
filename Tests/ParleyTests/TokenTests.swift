import Testing
@testable import Parley

struct TokenTests {
    /// Words a stage lower-cases: ASCII, already lower-case, long, and beyond ASCII.
    static let words = ["summit", "Seoul", "U.S.", "NATO", "Secretary-General", "1,000", "İstanbul", "ÉLYSÉE", "Zürich",
                        "a-very-long-hyphenated-Compound-Word", ""]

    @Test(arguments: words)
    func lowerIsTheTextLowerCased(word: String) {
        let t = Token(start: 0, end: word.unicodeScalars.count, text: word, kind: .word)
        #expect(t.lower == word.lowercased())
    }

    @Test func lowerFollowsTheText() {
        var t = Token(start: 0, end: 5, text: "Seoul", kind: .word)
        t.text = "TOKYO"
        #expect(t.lower == "tokyo")
    }
}
