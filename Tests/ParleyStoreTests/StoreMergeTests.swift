import Foundation
import Parley
import Testing
@testable import ParleyStore

@Suite struct StoreMergeTests {
    typealias F = StoreFixtures

    /// Reports of a few events, spread over articles, dated at different precisions.
    static let docs: [Document] = [
        F.document("a", events: [
            .init(type: "CONSULT", source: [F.usa], target: [F.kor], date: "2018-04-23"),
            .init(type: "ACCUSE", source: [F.prk], target: [F.usa], date: "2018-04-20"),
        ]),
        F.document("b", events: [
            .init(type: "CONSULT", source: [F.korAlt], target: [F.usa], date: "2018-W17"),  // same meeting, other order, a week
            .init(type: "ACCUSE", source: [F.usa], target: [F.prk], date: "2018-04-20"),  // the reverse accusation
        ]),
        F.document("c", events: [
            .init(type: "CONSULT", source: [F.moon], target: [F.kim], date: "2018-04-27"),
            .init(type: "CONSULT", source: [F.usa], target: [F.kor], date: nil),  // undated: stands alone
        ]),
        F.document("d", events: [
            .init(type: "CONSULT", source: [A(name: "Kim Jong-un", country: "PRK")], target: [A(name: "MOON JAE IN")], date: "2018-04"),
            .init(type: "CONSULT", source: [F.usa], target: [F.kor], date: "2018-05-30"),  // a later meeting
        ]),
        F.document("e", events: [
            .init(type: "CONSULT", source: [F.kim], target: [F.moon], date: "2018-04-27"),
            .init(type: "ACCUSE", source: [F.prk], target: [F.usa], date: "2018-04-19/20"),  // no interval: alone
        ]),
    ]
    typealias A = StoreFixtures.A

    @Test func reportsOfOneEventBecomeOneIncident() throws {
        let store = try F.store(Self.docs)
        let incidents = try store.incidentReports().values.map { $0.map { String($0.split(separator: "/").last ?? "") } }
        let sizes = incidents.map(\.count).sorted()
        // US–Korea meeting (a, b), Moon–Kim summit (c, d, e), and five reports on their own.
        #expect(sizes == [1, 1, 1, 1, 1, 2, 3])
        let events = try store.events(EventFilter(type: "CONSULT", from: TimexIntervalTests.day("2018-04-27"), to: TimexIntervalTests.day("2018-04-27")), limit: 0)
        let reports = events.rows.map { $0[7] }
        #expect(reports.contains(.int(3)))
    }

    @Test(arguments: [[4, 3, 2, 1, 0], [2, 0, 4, 1, 3], [1, 4, 0, 3, 2]])
    func incidentsDoNotDependOnTheOrderOfIngestion(order: [Int]) throws {
        let together = try F.store(Self.docs)
        // One article per batch, merged after each, in another order.
        let oneByOne = try Store(path: F.tempPath())
        for i in order {
            let d = Self.docs[i]
            try oneByOne.add(d, hash: ContentHash.of(text: d.text, published: d.info.published))
            try oneByOne.merge()
        }
        #expect(try oneByOne.incidentReports() == together.incidentReports())
    }
}
