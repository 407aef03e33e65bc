import Foundation
import GRDB
import Parley
import Testing
@testable import ParleyStore

/// A bulk load sets indexes aside and gives the same store back: the same indexes, the same answers.
struct StoreIndexesTests {
    typealias F = StoreFixtures

    static let docs: [Document] = (0..<12).map { i in
        F.document("bulk\(i)", published: "2018-05-\(String(format: "%02d", 1 + i))", events: [
            .init(type: "CONSULT", source: [F.usa], target: [F.kor], date: "2018-05-\(String(format: "%02d", 1 + i % 3))", topics: ["talks"]),
            .init(type: "ACCUSE", source: [F.moon], target: [F.prk], date: nil, status: .negated),
        ])
    }

    static func indexes(_ path: String) throws -> [String] {
        try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
        }
    }

    static func answers(_ store: Store) throws -> [String] {
        var out: [String] = []
        for table in [try store.events(EventFilter(country: "KOR")), try store.events(EventFilter(topic: "talks")),
                      try store.actors(EventFilter()), try store.network(EventFilter()), try store.timeline(EventFilter(), by: .day)] {
            out.append(table.rows.map { $0.map(\.display).joined(separator: "|") }.joined(separator: "\n"))
        }
        out.append(try store.incidentReports().sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ";"))
        return out
    }

    @Test("a bulk load ends with every index and the answers of a row-by-row load", arguments: [false, true])
    func bulkLoadIsTheSameStore(killedBeforeMerge: Bool) throws {
        let plain = try F.store(Self.docs)
        let bulkPath = F.tempPath()
        var bulk = try Store(path: bulkPath)
        try bulk.deferIndexes()
        #expect(try Self.indexes(bulkPath).count < Self.indexes(plain.path).count)
        for d in Self.docs { try bulk.add(d, hash: ContentHash.of(text: d.text, published: d.info.published)) }
        // A kill before the merge: the next open rebuilds what was set aside.
        if killedBeforeMerge { bulk = try Store(path: bulkPath) }
        try bulk.merge()
        #expect(try Self.indexes(bulkPath) == Self.indexes(plain.path))
        #expect(try Self.answers(bulk) == Self.answers(plain))
    }
}
