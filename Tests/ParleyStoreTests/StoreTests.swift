import Foundation
import GRDB
import Parley
import Testing
@testable import ParleyStore

@Suite struct StoreTests {
    static func expectStoreFailure(_ path: String, mentioning words: [String], _ body: () throws -> Void) {
        do {
            try body()
            Issue.record("expected a store failure for \(path)")
        } catch let e as ParleyError {
            #expect(e.code == .storeFailure)
            #expect(e.description.hasPrefix(path + ": "))
            #expect(!e.description.contains("\n"))
            for w in words { #expect(e.description.contains(w), "\(e.description) should mention \(w)") }
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func aTextFileIsRefusedAndLeftAlone() throws {
        let path = StoreFixtures.tempPath()
        try "not a database\n".write(toFile: path, atomically: true, encoding: .utf8)
        Self.expectStoreFailure(path, mentioning: ["not a SQLite database"]) { _ = try Store(path: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "not a database\n")
    }

    @Test func aCorruptSQLiteFileIsRefused() throws {
        let path = StoreFixtures.tempPath()
        var bytes = Data("SQLite format 3\0".utf8)
        bytes.append(Data(repeating: 0xAB, count: 4096))
        try bytes.write(to: URL(fileURLWithPath: path))
        Self.expectStoreFailure(path, mentioning: ["corrupt"]) { _ = try Store(path: path) }
    }

    @Test func aSQLiteFileOfAnotherProgramIsRefused() throws {
        let path = StoreFixtures.tempPath()
        try DatabaseQueue(path: path).write { db in try db.execute(sql: "CREATE TABLE players(name TEXT)") }
        Self.expectStoreFailure(path, mentioning: ["another program", "--store"]) { _ = try Store(path: path) }
        Self.expectStoreFailure(path, mentioning: ["another program"]) { _ = try Store(path: path, readOnly: true) }
    }

    @Test func aStoreFromANewerParleyIsRefused() throws {
        let path = StoreFixtures.tempPath()
        let store = try Store(path: path)
        try store.write { db in try db.execute(sql: "PRAGMA user_version = \(Store.schemaVersion + 1)") }
        Self.expectStoreFailure(path, mentioning: ["newer Parley", "upgrade Parley"]) { _ = try Store(path: path) }
    }

    @Test func writingToAReadOnlyStoreSaysSoAndKeepsItsArticles() throws {
        let path = StoreFixtures.tempPath()
        let doc = StoreFixtures.document("d1", events: [.init(type: "CONSULT", source: [StoreFixtures.usa], target: [StoreFixtures.kor], date: "2018-04-23")])
        _ = try StoreFixtures.store([doc], path: path)
        let readOnly = try Store(path: path, readOnly: true)
        let other = StoreFixtures.document("d2", events: [])
        Self.expectStoreFailure(path, mentioning: ["cannot be written", "permissions"]) {
            try readOnly.add(other, hash: ContentHash.of(text: other.text, published: other.info.published))
        }
        #expect(try readOnly.counts().articles == 1)
    }

    @Test func aFullDiskIsAClearErrorAndLosesNothingCommitted() throws {
        let path = StoreFixtures.tempPath()
        let first = StoreFixtures.document("d1", events: [.init(type: "CONSULT", source: [StoreFixtures.usa], target: [StoreFixtures.kor], date: "2018-04-23")])
        _ = try StoreFixtures.store([first], path: path)
        let pages = try Store(path: path).read { db in try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0 }
        let full = try Store(path: path, readOnly: false, maxPageCount: pages)
        var big = StoreFixtures.document("d2", events: [])
        big = Document(text: String(repeating: "A long article about nothing in particular. ", count: 2000), info: big.info)
        Self.expectStoreFailure(path, mentioning: ["disk is full", "free some disk space"]) {
            try full.add(big, hash: ContentHash.of(text: big.text, published: nil))
        }
        let reopened = try Store(path: path)
        #expect(try reopened.counts().articles == 1)
        #expect(try reopened.counts().events == 1)
    }

    @Test func aMissingStoreIsNotCreatedByAQuery() throws {
        let path = StoreFixtures.tempPath()
        Self.expectStoreFailure(path, mentioning: ["no such store", "parley ingest"]) { _ = try Store(path: path, readOnly: true) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
