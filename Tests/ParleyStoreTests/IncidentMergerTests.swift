import Parley
import Testing
@testable import ParleyStore

@Suite struct IncidentMergerTests {
    @Test(arguments: ["CONSULT", "AGREE", "COOPERATE"])
    func symmetricTypesMergeEitherOrder(type: String) {
        #expect(IncidentMerger.mergeKey(type: type, sources: ["c:USA"], targets: ["c:KOR"], eventKey: "1")
            == IncidentMerger.mergeKey(type: type, sources: ["c:KOR"], targets: ["c:USA"], eventKey: "2"))
    }

    @Test(arguments: ["ACCUSE", "SANCTION", "REQUEST", "AID"])
    func directedTypesKeepTheirDirection(type: String) {
        #expect(IncidentMerger.mergeKey(type: type, sources: ["c:USA"], targets: ["c:KOR"], eventKey: "1")
            != IncidentMerger.mergeKey(type: type, sources: ["c:KOR"], targets: ["c:USA"], eventKey: "2"))
    }

    @Test func eventsWithoutActorsNeverShareAKey() {
        #expect(IncidentMerger.mergeKey(type: "CONSULT", sources: [], targets: [], eventKey: "1")
            != IncidentMerger.mergeKey(type: "CONSULT", sources: [], targets: [], eventKey: "2"))
    }

    static func report(_ key: String, _ first: Int?, _ last: Int?) -> IncidentMerger.Report {
        IncidentMerger.Report(rowID: 0, key: key, articleID: 0,
                              interval: first.flatMap { f in last.map { TimexInterval(first: f, last: $0) } })
    }

    @Test func overlapIsChainedAndUndatedReportsStandAlone() {
        let reports = [
            Self.report("a", 10, 10), Self.report("b", 1, 30),  // a month that holds both days
            Self.report("c", 25, 25), Self.report("d", 40, 40), Self.report("e", nil, nil), Self.report("f", nil, nil),
        ]
        let groups = IncidentMerger.components(reports).map { $0.map(\.key) }
        #expect(groups == [["a", "b", "c"], ["d"], ["e"], ["f"]])
        #expect(IncidentMerger.components(reports.reversed()).map { $0.map(\.key) } == groups)
    }
}
