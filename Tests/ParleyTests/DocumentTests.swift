import Testing
@testable import Parley

struct DocumentTests {
    /// Offsets are Unicode scalars: slices of text with accents, curly quotes and emoji come back whole.
    static let cases: [(String, Int, Int, String)] = [
        ("Talks in Geneva ended.", 9, 15, "Geneva"),
        ("Le président Macron à l’Élysée", 3, 12, "président"),
        ("“We agreed,” she said", 0, 12, "“We agreed,”"),
        ("Peace 🕊 talks", 6, 13, "🕊 talks"),
        ("short", 3, 99, "rt"),
        ("short", 4, 2, ""),
    ]

    @Test(arguments: cases)
    func sliceGivesTheOriginalText(text: String, start: Int, end: Int, expected: String) {
        let doc = Document(text: text, info: DocumentInfo(id: "t"))
        #expect(doc.slice(start, end) == expected)
        #expect(doc.normalizedSlice(start, end).unicodeScalars.count == expected.unicodeScalars.count)
    }
}
