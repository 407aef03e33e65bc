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
}
