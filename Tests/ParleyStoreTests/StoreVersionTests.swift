import Foundation
import Parley
@testable import ParleyStore
import Testing

@Suite("Store version")
struct StoreVersionTests {
    typealias F = StoreFixtures

    /// What happens to the store between two looks at its version, and whether the version moves.
    @Test("the version moves when something commits a write, and only then", arguments: [
        ("reads only", false), ("an article added", true), ("a merge", true), ("a write by a second connection", true),
    ])
    func moves(change: String, moves: Bool) throws {
        let store = try F.store([F.document("alpha", events: [F.E(type: "CONSULT", source: [F.kim], target: [F.moon], date: "2018-04-27")])])
        let version = try StoreVersion(path: store.path)
        let before = try version.current()
        #expect(try version.current() == before)
        let extra = F.document("beta", events: [F.E(type: "AID", source: [F.usa], target: [F.kor], date: "2018-07-01")])
        switch change {
        case "an article added": _ = try store.add(extra, hash: ContentHash.of(text: extra.text, published: extra.info.published))
        case "a merge":
            _ = try store.add(extra, hash: ContentHash.of(text: extra.text, published: extra.info.published))
            let afterAdd = try version.current()
            _ = try store.merge()
            #expect(try version.current() > afterAdd)
        case "a write by a second connection":
            let other = try Store(path: store.path)
            _ = try other.add(extra, hash: ContentHash.of(text: extra.text, published: extra.info.published))
        default: _ = try store.eventCount(EventFilter())
        }
        #expect((try version.current() > before) == moves, "\(change)")
    }

    @Test("a missing store is a store failure naming the file")
    func missing() {
        let path = F.tempPath("none/missing.sqlite")
        #expect {
            _ = try StoreVersion(path: path)
        } throws: { error in
            (error as? ParleyError)?.input == path
        }
    }
}
