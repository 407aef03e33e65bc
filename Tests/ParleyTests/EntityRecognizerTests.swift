import Testing
@testable import Parley

struct EntityRecognizerTests {
    /// A text and the (text, type) mentions the entity stage must give.
    static let cases: [(String, [String])] = [
        ("German Chancellor Angela Merkel met French President Emmanuel Macron in Paris on Monday.",
         ["Angela Merkel PERSON", "French NORP", "Paris GPE"]),
        ("Officials from the United Nations and the European Union arrived in Geneva.",
         ["United Nations ORG", "European Union ORG", "Geneva GPE"]),
        ("Japanese Prime Minister Shinzo Abe visited the Korean Peninsula.",
         ["Japanese NORP", "Shinzo Abe PERSON", "Korean Peninsula LOC"]),
        ("Talks resumed in North Korea. A Korea expert at the Pentagon said little.",
         ["North Korea GPE", "Korea LOC"]),
        // names joined by an ampersand are a firm
        ("She worked at a North Carolina law firm, Moore & Van Allen, for years.", ["North Carolina GPE", "Moore & Van Allen ORG"]),
        // an article at the start of a sentence is no part of a nationality
        ("The Latvian court cancelled the restrictions.", ["Latvian NORP"]),
        // no one is named "Madison County"
        ("Deputies in Madison County arrested a man on Monday.", ["Madison County GPE"]),
    ]

    @Test(arguments: cases)
    func findsNamesWithParleyTypes(_ text: String, _ expected: [String]) {
        let doc = Fixtures.run(text)
        let found = Set(doc.entities.map { "\($0.text) \($0.type.rawValue)" })
        for e in expected { #expect(found.contains(e), "\(e) not in \(found.sorted())") }
    }

    @Test func spansSliceTheOriginalText() {
        let text = "U.S. Secretary of State Mike Pompeo met China’s foreign minister in Beijing."
        let doc = Fixtures.run(text)
        #expect(!doc.entities.isEmpty)
        for e in doc.entities { #expect(doc.slice(e.start, e.end) == e.text) }
        #expect(doc.entities.contains { $0.text == "Mike Pompeo" && $0.type == .person })
        #expect(doc.entities.contains { $0.text == "Beijing" && $0.type == .geopolitical })
    }

    @Test func titleCaseHeadlinesDoNotMakeNames() {
        let doc = Fixtures.run("Officials Cross Into North Korea to Prepare Summit\n\nA Korea expert joined the talks in Seoul.")
        #expect(!doc.entities.contains { $0.type == .person })
    }
}
