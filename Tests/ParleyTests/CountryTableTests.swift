import Testing
@testable import Parley

struct CountryTableTests {
    /// Names as news writes them, full stops, articles and short capitalised aliases included.
    static let names: [(String, String?)] = [
        ("North Korea", "PRK"), ("the United States", "USA"), ("U.S.", "USA"), ("US", "USA"), ("us", nil),
        ("Japan", "JPN"), ("Thebes", nil), ("summit", nil), ("", nil),
        // former names, as older reports write them
        ("Zaire", "COD"), ("Kampuchea", "KHM"), ("Ceylon", "LKA"),
    ]

    @Test(arguments: [("Kampuchean", "KHM"), ("Zairean", "COD"), ("Rhodesian", "ZWE")])
    func formerNationalities(word: String, code: String) {
        #expect(CountryTable.shared.code(forDemonym: word) == code)
    }

    @Test(arguments: names)
    func codeForName(name: String, code: String?) {
        #expect(CountryTable.shared.code(forName: name) == code)
    }

    @Test(arguments: [("U.S.", "US"), ("Seoul", "Seoul"), ("a.m.", "am")])
    func fullStopsComeOut(name: String, expected: String) {
        #expect(CountryTable.withoutFullStops(name) == expected)
    }
}
