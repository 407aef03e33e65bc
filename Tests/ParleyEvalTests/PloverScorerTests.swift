import Testing
@testable import ParleyEval

struct PloverScorerTests {
    @Test func goldSectorsCompareByTheirThreeLetterCode() {
        // CAMEO appends an ethnic or religious code to a sector; "***" is an unknown role
        #expect(PloverScorer.sectorCode("CVLalb") == "CVL")
        #expect(PloverScorer.sectorCode("REFKUR") == "REF")
        #expect(PloverScorer.sectorCode("gov") == "GOV")
        #expect(PloverScorer.sectorCode("***") == nil)
        #expect(PloverScorer.sectorCode("") == nil)
    }
}
