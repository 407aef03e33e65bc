import Testing
@testable import Parley

struct PetrarchImportTests {
    static let sample = """
        # a sample in the PETRARCH format
        RUTH_BELL_  ; notes
        +R._BELL_
        \t[USAELI 900101-091231]
        \t[USAGOV 100101-161231]
        \t[USAELI]
        ESPERANZA_  [ESP]
        +ESPERANZANS_
        UNITED_NATIONS_CHILDREN_FUND_  [IGOUNO]
        BROKEN_ [USAGOV
        ORPHAN_
        \t[USAGOV 991301-000101]
        """

    @Test func readsRecords() {
        let (entries, problems) = PetrarchImport.read(Self.sample, file: "sample.actors")
        let bell = entries.filter { $0.name == "Ruth Bell" }
        #expect(bell.count == 3)
        #expect(bell.first?.aliases == ["R. Bell"])
        #expect(bell.first?.country == "USA")
        #expect(bell[1].sector == "GOV")
        #expect(bell[1].from?.iso == "2010-01-01")
        #expect(bell[0].from?.iso == "1990-01-01")
        #expect(entries.first { $0.name == "Esperanza" }?.kind == .country)
        #expect(entries.first { $0.name == "United Nations Children Fund" }?.sector == "UNO")
        #expect(problems.count == 2)
        #expect(problems.allSatisfy { $0.hasPrefix("sample.actors:") })
    }

    @Test func roundTripsThroughTheDictionary() {
        let (entries, _) = PetrarchImport.read(Self.sample, file: "s")
        let dict = ActorDictionary(tsv: PetrarchImport.tsv(entries), file: "s.tsv")
        #expect(dict.problems.isEmpty)
        #expect(dict.lookup("Ruth Bell", on: CalendarDate(iso: "2012-05-05"))?.sector == "GOV")
        #expect(dict.lookup("R. Bell", on: CalendarDate(iso: "1995-05-05"))?.sector == "ELI")
    }
}
