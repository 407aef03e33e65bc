import Testing
@testable import Parley

struct DatelineReaderTests {
    static let cases: [(String, String?)] = [
        ("Envoys Meet\n\nMay 27, 2018 Updated: September 27, 2018\n\nThe envoys met.", "2018-05-27"),
        ("Envoys Meet\n27 May 2018\nThe envoys met.", "2018-05-27"),
        ("2019-03-01\nThe envoys met.", "2019-03-01"),
        ("Envoys Meet\nSept. 4, 2017\nThe envoys met.", "2017-09-04"),
        // a date inside a long first sentence is what the story is about, not when it was published
        ("On June 12, 2018, the two leaders met in Singapore for a long-awaited summit that drew reporters from everywhere.", nil),
        ("The envoys met on Monday.", nil),
        ("Envoys Meet\nFebruary 30, 2018\nThe envoys met.", nil),
        // a wire dateline opens the first paragraph: place, comma, date, dash
        ("Envoys Meet\n\nLIMA, March 3, 2019 - The envoys met on Saturday and agreed to meet again next month.", "2019-03-03"),
        ("Kabul, Afghanistan, 4 May 2017 \u{2014} Talks between the two sides resumed today after a long pause in the capital.", "2017-05-04"),
        // a date after a comma that no dash follows is part of the story
        ("Ruiz, who met Haddad on March 3, 2019, said the talks went well and would resume soon after the elections.", nil),
    ]

    @Test func datelineDoesNotDateTheEvents() throws {
        let doc = Fixtures.run("LIMA, March 3, 2019 - Peruvian President Ana Ruiz met Chilean President Omar Haddad on Saturday.")
        let ev = try #require(doc.events.first { $0.type == "CONSULT" })
        #expect(ev.date == "2019-03-02")
    }

    @Test(arguments: cases)
    func published(_ text: String, _ expected: String?) {
        #expect(Fixtures.run(text).info.published == expected)
    }

    @Test func callerDateWins() {
        let doc = Fixtures.run("Envoys Meet\nMay 27, 2018\nThe envoys met.", published: "2018-06-01")
        #expect(doc.info.published == "2018-06-01")
    }
}
