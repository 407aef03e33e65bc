import Foundation
import Parley
import Testing
@testable import ParleyStore

@Suite struct StoreBrowseTests {
    typealias F = StoreFixtures

    static let docs = [
        F.document("a", published: "2018-04-24", events: [
            .init(type: "CONSULT", source: [F.moon], target: [F.kim], date: "2018-04-27"),
            .init(type: "ACCUSE", source: [F.usa], target: [F.prk], date: "2018-04-20"),
            .init(type: "AGREE", source: [F.kor], target: [F.usa], date: nil),
        ]),
        F.document("b", published: "2018-04-28", events: [
            .init(type: "CONSULT", source: [F.kim], target: [F.moon], date: "2018-04-27"),
        ]),
    ]
    static let store: Store? = try? F.store(docs)

    static func column(_ table: ResultTable, _ name: String) -> [ResultTable.Cell] {
        guard let i = table.columns.firstIndex(of: name) else { return [] }
        return table.rows.map { $0[i] }
    }

    @Test("offset pages through events; the count is the total behind the pages", arguments: [0, 1, 2, 3, 4])
    func eventPages(offset: Int) throws {
        let store = try #require(Self.store)
        let all = try store.events(EventFilter(), limit: 0)
        let page = try store.events(EventFilter(), limit: 2, offset: offset)
        #expect(page.rows == Array(all.rows.dropFirst(offset).prefix(2)))
        #expect(try store.eventCount(EventFilter()) == 4)
    }

    @Test("orders put the right report first; undated reports stay last by date", arguments: [
        (EventOrder.date, "2018-04-20"), (.dateDescending, "2018-04-27"), (.type, "2018-04-20"), (.typeDescending, "2018-04-27"),
    ])
    func orders(order: EventOrder, first: String) throws {
        let table = try #require(Self.store).events(EventFilter(), order: order)
        #expect(Self.column(table, "date").first == .text(first))
        if order == .date || order == .dateDescending { #expect(Self.column(table, "date").last == .null) }
    }

    @Test("incidents: the two reports of one meeting are one incident with both reports")
    func incidents() throws {
        let store = try #require(Self.store)
        let list = try store.incidents(EventFilter(type: "CONSULT"))
        #expect(list.rows.count == 1)
        #expect(Self.column(list, "reports") == [.int(2)])
        #expect(Self.column(list, "first") == [.text("2018-04-27")])
        #expect(try store.incidentCount(EventFilter()) == 3)
        guard case .text(let id) = Self.column(list, "incident_id").first else { Issue.record("no id"); return }
        #expect(try store.incident(id: id)?.numArticles == 2)
        let reports = try store.incidentReports(id: id)
        #expect(Set(Self.column(reports, "doc_id")) == [.text("a"), .text("b")])
        #expect(try store.incident(id: "inc-none") == nil)
    }

    @Test("an actor by any spelling of its name, or a country by its code", arguments: [
        ("Kim Jong-un", "Kim Jong Un", 2), ("kim jong un", "Kim Jong Un", 2), ("USA", "United States", 1), ("Nobody", nil, 0),
    ])
    func actor(name: String, expected: String?, articles: Int) throws {
        let table = try #require(Self.store).actor(named: name)
        #expect(Self.column(table, "actor").first == expected.map { .text($0) })
        if expected != nil { #expect(Self.column(table, "articles").first == .int(articles)) }
    }

    @Test("an article by the 16 hex digits of its event keys; anything else finds none")
    func article() throws {
        let store = try #require(Self.store)
        let id = String(ContentHash.of(text: Self.docs[1].text, published: "2018-04-28").prefix(16))
        #expect(try store.article(id: id)?.docID == "b")
        for bad in ["", "zz", String(id.dropLast()), id.uppercased(), id + "0", "' OR 1=1 --"] {
            #expect(try store.article(id: bad) == nil)
        }
        let list = try store.articles()
        #expect(Self.column(list, "doc_id") == [.text("b"), .text("a")])
        #expect(Self.column(list, "events") == [.int(1), .int(3)])
    }

    @Test("places count the events at each place with coordinates")
    func places() throws {
        let table = try #require(Self.store).places(EventFilter())
        #expect(Self.column(table, "place") == [.text("Seoul")])
        #expect(Self.column(table, "events") == [.int(4)])
        #expect(try #require(Self.store).places(EventFilter(type: "AGREE")).rows.count == 1)
    }

    @Test("a timeline by type splits each day by PLOVER type")
    func timelineByType() throws {
        let table = try #require(Self.store).timeline(EventFilter(), by: .day, byType: true)
        #expect(table.columns == ["day", "type", "events", "incidents"])
        #expect(table.rows.contains([.text("2018-04-27"), .text("CONSULT"), .int(2), .int(1)]))
    }
}
