import Testing
@testable import Parley

struct EvidenceKeysTests {
    static let keys = EvidenceKeys(countries: .shared, dictionary: .shared)

    static let cases: [([String], UInt8)] = [
        (["North", "Korea"], EvidenceKeys.country),
        (["the", "United", "States"], EvidenceKeys.country),
        (["U.S."], EvidenceKeys.country),
        (["US"], EvidenceKeys.country),
        (["Japanese"], EvidenceKeys.demonym),
        (["Seoul"], EvidenceKeys.capital),
        (["talks"], 0),
    ]

    @Test(arguments: cases)
    func knowsWhatTheTablesMayName(_ words: [String], _ flag: UInt8) {
        let f = Self.keys.flags(words)
        if flag == 0 { #expect(f == 0) } else { #expect(f & flag != 0) }
    }
}
