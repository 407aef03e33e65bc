import Foundation
import Parley
@testable import ParleyServer
import ParleyStore
import Testing

@Suite("Count cache")
struct CountCacheTests {
    @Test("a total is counted once per filter, and again after the store changes")
    func invalidation() throws {
        let store = try ServerFixtures.store()
        let version = try StoreVersion(path: store.path)
        let cache = CountCache()
        nonisolated(unsafe) var calls = 0
        let count = { () throws(ParleyError) -> Int in calls += 1; return try store.eventCount(EventFilter()) }
        #expect(try cache.count(.events, EventFilter(), version: version.current(), count) == 7)
        #expect(try cache.count(.events, EventFilter(), version: version.current(), count) == 7)
        #expect(calls == 1)
        #expect(try cache.count(.events, EventFilter(type: "CONSULT"), version: version.current()) { () throws(ParleyError) in
            try store.eventCount(EventFilter(type: "CONSULT"))
        } == 3)
        let extra = ServerFixtures.document("delta", published: "2018-07-01", place: ("Oslo", "NOR", 59.9, 10.7), events: [
            ServerFixtures.E(type: "AID", source: [ServerFixtures.usa], target: [ServerFixtures.kor], date: "2018-07-01"),
        ])
        try store.add(extra, hash: ContentHash.of(text: extra.text, published: extra.info.published))
        #expect(try cache.count(.events, EventFilter(), version: version.current(), count) == 8)
        #expect(calls == 2)
    }
}
