import Foundation
import Parley
import Testing
@testable import ParleyStore

@Suite struct StoreQueriesTests {
    typealias F = StoreFixtures
    static func day(_ s: String) -> Int { TimexIntervalTests.day(s) }

    static let store: Store? = try? F.store([
        F.document("a", events: [
            .init(type: "CONSULT", source: [F.usa], target: [F.kor], date: "2018-04-23", topics: ["alliance"]),
            .init(type: "ACCUSE", source: [F.prk], target: [F.usa], date: "2018-04-20", status: .occurred),
        ]),
        F.document("b", events: [
            .init(type: "CONSULT", source: [F.moon], target: [F.kim], date: "2018-04-27", topics: ["Denuclearization"]),
            .init(type: "CONSULT", source: [F.kim], target: [.init(name: "Donald Trump", country: "USA")], date: "2018-06-12", status: .planned),
        ]),
    ])

    /// The event ids ("e1" of article "a" is "a/e1") a filter keeps.
    static let cases: [(EventFilter, Set<String>)] = [
        (EventFilter(), ["a/e1", "a/e2", "b/e1", "b/e2"]),
        (EventFilter(actor: "Trump"), ["b/e2"]),
        (EventFilter(actor: "kim jong-un"), ["b/e1", "b/e2"]),
        (EventFilter(actor: "Jong"), ["b/e1", "b/e2"]),  // whole words of a name
        (EventFilter(actor: "North Korea"), ["a/e2"]),  // a country actor by its name
        (EventFilter(actor: "USA"), ["a/e1", "a/e2"]),  // or by its code
        (EventFilter(country: "prk"), ["a/e2", "b/e1", "b/e2"]),
        (EventFilter(type: "consult"), ["a/e1", "b/e1", "b/e2"]),
        (EventFilter(from: day("2018-04-21"), to: day("2018-04-30")), ["a/e1", "b/e1"]),
        (EventFilter(from: day("2018-06-01")), ["b/e2"]),
        (EventFilter(status: "planned"), ["b/e2"]),
        (EventFilter(topic: "denuclearization"), ["b/e1"]),
        (EventFilter(words: ["accuse"]), ["a/e1", "a/e2"]),
        (EventFilter(words: ["Report", "Trump"]), ["b/e1", "b/e2"]),
        (EventFilter(words: ["\"; DROP TABLE events; --"]), []),
        (EventFilter(country: "USA", type: "CONSULT", status: "occurred"), ["a/e1"]),
    ]

    @Test(arguments: cases)
    func eachFilterKeepsTheMatchingEvents(filter: EventFilter, expected: Set<String>) throws {
        let store = try #require(Self.store)
        let rows = try store.events(filter, limit: 0).rows
        let ids = Set(rows.map { cell -> String in
            guard case .text(let key) = cell[9] else { return "" }
            // Keys are "<16 hex of the hash>/<event id>"; find the article by its hash.
            return key
        })
        let names = try Set(ids.map { key in try Self.readable(key, store) })
        #expect(names == expected)
    }

    /// Words in one article of 60 are looked up by article; words in most are found by walking the
    /// date order. Either way the list is every event of the matching articles, in date order.
    @Test(arguments: [(["Report"], 120), (["r59", "consult"], 2), (["r7"], 2), (["r7", "Report"], 2)])
    func aWordsListIsTheSameWhicheverWayItIsFound(words: [String], expected: Int) throws {
        let docs = (0..<60).map { i in
            F.document("r\(i)", events: [
                .init(type: "CONSULT", source: [F.usa], target: [F.kor], date: "2018-05-\(String(format: "%02d", 1 + i % 28))"),
                .init(type: "ACCUSE", source: [F.prk], target: [F.usa], date: i % 3 == 0 ? nil : "2018-04-\(String(format: "%02d", 1 + i % 30))"),
            ])
        }
        let store = try F.store(docs)
        let filter = EventFilter(words: words)
        let listed = try store.events(filter, limit: 0).rows
        let grouped = try store.read { db in
            let (condition, args) = filter.sql(inOrder: !(try Store.wordsAreCommon(filter, db)))
            return try String.fetchAll(db, sql: "SELECT e.key FROM events e WHERE \(condition) ORDER BY \(EventOrder.date.eventsClause)", arguments: args)
        }
        #expect(listed.count == expected)
        #expect(listed.map { $0[9] } == grouped.map { .text($0) })
        #expect(try store.read { db in try Store.wordsAreCommon(filter, db) } == (expected > 2))
    }

    static func readable(_ key: String, _ store: Store) throws -> String {
        let prefix = String(key.prefix(16)), event = String(key.dropFirst(17))
        let doc = try store.read { db in
            try String.fetchOne(db, sql: "SELECT doc_id FROM articles WHERE substr(hash, 1, 16) = ?", arguments: [prefix])
        }
        return (doc ?? "?") + "/" + event
    }

    @Test func actorsCountEventsAndMentions() throws {
        let table = try #require(Self.store).actors(EventFilter(), limit: 0)
        let kim = try #require(table.rows.first { $0[0] == .text("Kim Jong Un") })
        #expect(kim[3] == .int(2))  // events
        #expect(kim[4] == .int(2))  // mentions (one actor row with 2 mentions)
        #expect(table.rows.first?[3] == .int(2))
    }

    @Test(arguments: [(Store.Period.day, ["2018-04-20", "2018-04-23", "2018-04-27", "2018-06-12"]),
                      (Store.Period.week, ["2018-W16", "2018-W17", "2018-W24"])])
    func timelineBucketsByDayOrWeek(period: Store.Period, labels: [String]) throws {
        let table = try #require(Self.store).timeline(EventFilter(), by: period)
        #expect(table.rows.map { $0[0] } == labels.map { .text($0) })
    }

    @Test func networkCountsPairsByType() throws {
        let table = try #require(Self.store).network(EventFilter(), limit: 0)
        let pair = try #require(table.rows.first { $0[0] == .text("North Korea") && $0[1] == .text("United States") })
        #expect(pair[2] == .int(1))
        #expect(pair[4] == .text("ACCUSE 1"))
        #expect(table.rows.count == 4)
    }
}
