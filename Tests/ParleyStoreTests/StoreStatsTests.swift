import Foundation
import Parley
import Testing
@testable import ParleyStore

@Suite struct StoreStatsTests {
    typealias F = StoreFixtures

    /// Two ingests, the second adding reports to incidents of the first and a swapped symmetric meeting.
    static func store() throws -> Store {
        let store = try F.store([
            F.document("a", events: [
                .init(type: "CONSULT", source: [F.usa], target: [F.kor], date: "2018-04-23", topics: ["alliance"]),
                .init(type: "ACCUSE", source: [F.prk], target: [F.usa], date: "2018-04-20"),
            ]),
        ])
        try store.add(F.document("b", events: [
            .init(type: "CONSULT", source: [F.kor], target: [F.usa], date: "2018-04-23"),
            .init(type: "ACCUSE", source: [F.prk, F.kim], target: [F.usa], date: "2018-04"),
            .init(type: "CONSULT", source: [F.moon], target: [F.kim], date: nil),
        ]), hash: ContentHash.of(text: "b", published: nil))
        return store
    }

    /// What the user sees from `actors` and `network`, each way of asking.
    static func answers(_ store: Store) throws -> [ResultTable] {
        [try store.actors(EventFilter()), try store.actors(EventFilter(), limit: 2, offset: 1),
         try store.network(EventFilter()), try store.network(EventFilter(type: "consult")), try store.network(EventFilter(), limit: 1)]
    }

    @Test func theCountsGiveWhatGroupingTheEventsGives() throws {
        let store = try Self.store()
        let unmerged = try Self.answers(store)  // reports unmerged: grouped from the events
        try store.merge()
        #expect(try store.read { db in try Store.statsAreFresh(db) })
        let counted = try Self.answers(store)
        // Make the counts stale, so the queries group the events again.
        try store.write { db in try db.execute(sql: "UPDATE stats_state SET last_article = 0") }
        let grouped = try Self.answers(store)
        #expect(counted == grouped)
        #expect(counted[0].rows.count == unmerged[0].rows.count)
        #expect(counted[2].rows.map { $0.prefix(3) } == unmerged[2].rows.map { $0.prefix(3) })
    }

    @Test func aStoreWithoutTheCountsGetsThemWhenOpenedForWriting() throws {
        let path = F.tempPath()
        let store = try F.store([F.document("a", events: [.init(type: "CONSULT", source: [F.usa], target: [F.kor], date: "2018-04-23")])],
                                path: path)
        let expected = try Self.answers(store)
        // As a store of the previous version: no counts, no migration "v2-speed".
        try store.write { db in
            try db.execute(sql: """
                DROP TABLE actor_stats; DROP TABLE pair_stats; DROP TABLE stats_state;
                DROP INDEX events_by_date; DROP INDEX events_by_date_desc; DROP INDEX events_by_type;
                DROP INDEX events_date; CREATE INDEX events_date ON events(date_first, date_last);
                CREATE INDEX events_type ON events(type, date_first);
                DELETE FROM grdb_migrations WHERE identifier = 'v2-speed';
                """)
        }
        let reopened = try Store(path: path)
        #expect(try reopened.read { db in try Store.statsAreFresh(db) })
        #expect(try Self.answers(reopened) == expected)
    }

    /// Two ingests, the second joining reports to incidents of the first (one report bridging two
    /// of them, one swapping a meeting's sides) and adding actors and pairs not seen before.
    static let firstRun = [
        F.document("t1", events: [
            .init(type: "CONSULT", source: [F.usa], target: [F.kor], date: "2018-04-20"),
            .init(type: "CONSULT", source: [F.usa], target: [F.kor], date: "2018-04-27"),
            .init(type: "ACCUSE", source: [F.prk], target: [F.usa], date: "2018-04-20"),
        ]),
        F.document("t2", events: [.init(type: "CONSULT", source: [F.kim], target: [F.moon], date: "2018-04-27")]),
    ]
    static let secondRun = [
        F.document("t3", events: [
            .init(type: "CONSULT", source: [F.korAlt], target: [F.usa], date: "2018-04"),  // bridges the two meetings
            .init(type: "CONSULT", source: [F.moon], target: [F.kim], date: "2018-04-27"),  // the summit, sides swapped
            .init(type: "ACCUSE", source: [F.prk, F.kim], target: [F.usa], date: "2018-04"),
        ]),
        F.document("t4", events: [
            .init(type: "AID", source: [F.usa], target: [A(name: "Relief Agency")], date: "2018-05-02"),
            .init(type: "CONSULT", source: [F.usa], target: [F.kor], date: nil),
        ]),
    ]
    typealias A = StoreFixtures.A

    /// Ingests documents as JSON Lines through the ingester.
    static func ingest(_ docs: [Document], into store: Store) throws {
        let path = F.tempPath("run.jsonl")
        try docs.map(F.jsonLine).joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        _ = try Ingester(store: store, pipeline: Pipeline(stages: [])).run(IngestInputs(paths: [path]))
    }

    @Test(arguments: [false, true])
    func anIngestAddsToTheCountsWhatGroupingTheEventsGives(unmergedBefore: Bool) throws {
        let store = try Store(path: F.tempPath())
        try Self.ingest(Self.firstRun, into: store)
        if unmergedBefore {  // an article added without a merge: the next ingest recomputes the counts
            let d = F.document("t0", events: [.init(type: "CONSULT", source: [F.usa], target: [F.kor], date: "2018-04-21")])
            try store.add(d, hash: ContentHash.of(text: d.text, published: d.info.published))
        }
        try Self.ingest(Self.secondRun, into: store)
        #expect(try store.read { db in try Store.statsAreFresh(db) })
        let counted = try Self.answers(store)
        try store.write { db in try db.execute(sql: "UPDATE stats_state SET last_article = 0") }
        #expect(try counted == Self.answers(store))
        // The bridged meetings are one incident (with the unmerged report too); the undated one stands alone.
        let pair = counted[2].rows.first { $0[0] == .text("United States") && $0[1] == .text("South Korea") }
        #expect(pair?[3] == .int(2))
    }
}
