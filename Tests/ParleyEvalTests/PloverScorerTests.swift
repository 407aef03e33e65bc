import Foundation
import Parley
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

    @Test func oldCountryCodesCompareAsTheirISOCodes() throws {
        let json = """
            {"id": "T-1", "event": "CONSULT", "date": "1996-04-17", "eventText": "met",
             "text": "Japan met Italy in Rome on Tuesday.",
             "source": [{"actorText": "Japan", "code": "JAP"}], "target": [{"actorText": "Italy", "code": "ITL"}]}
            """
        let record = try JSONDecoder().decode(PloverRecord.self, from: Data(json.utf8))
        let outcome = PloverScorer(pipeline: try Pipeline.standard()).score(record)
        #expect(outcome.system == "CONSULT")
        #expect(outcome.sourceCountryOK == true)
        #expect(outcome.targetCountryOK == true)
    }
}
