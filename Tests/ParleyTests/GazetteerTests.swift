import Testing
@testable import Parley

struct GazetteerTests {
    /// (a name the gazetteer lacks as written, the kind and country or state it should still reach)
    static let loose: [(String, String, String)] = [
        ("Tompkins", "admin2", "NY"),
        ("Tompkins Co.", "admin2", "NY"),
        ("W. Hollywood", "city", "USA"),
        ("Ohioans", "admin1", "OH"),
        ("Texan", "admin1", "TX"),
        ("Ontarians", "admin1", "CAN"),
        ("Hamilton Township", "city", "USA"),
    ]

    @Test(arguments: loose)
    func looseLookup(_ name: String, _ kind: String, _ region: String) {
        let g = Gazetteer.shared
        #expect(g.candidates(name).isEmpty)
        let rows = g.looseCandidates(name).map { g.entries[$0] }
        #expect(rows.contains { $0.kind == kind && ($0.admin1 == region || $0.country == region) }, "\(rows.map(\.name))")
    }

    @Test(arguments: ["Nowhere Flats", "Quxville Township", "Qqrv Co."])
    func looseLookupInventsNothing(_ name: String) {
        #expect(Gazetteer.shared.looseCandidates(name).isEmpty)
    }
}
