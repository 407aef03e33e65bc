import Foundation
import GRDB
import Parley
import Testing
@testable import ParleyStore

@Suite struct StoredDocumentTests {
    typealias F = StoreFixtures

    static func articleID(_ doc: Document) -> String {
        String(ContentHash.of(text: doc.text, published: doc.info.published).prefix(16))
    }

    @Test func anArticleReadsBackWithTheDocumentJSONItWasStoredWith() throws {
        let doc = F.document("d1", events: [.init(type: "CONSULT", source: [F.usa], target: [F.kor], date: "2018-04-23")])
        let store = try F.store([doc])
        let stored = try #require(try store.article(id: Self.articleID(doc)))
        #expect(stored.document == String(decoding: try doc.jsonBytes(), as: UTF8.self))
        // and the column holds a block, smaller than the JSON
        let (isBlob, bytes) = try store.read { db in
            let v = try DatabaseValue.fetchOne(db, sql: "SELECT document FROM articles") ?? .null
            if case .blob(let data) = v.storage { return (true, data.count) }
            return (false, 0)
        }
        #expect(isBlob)
        #expect(bytes < stored.document.utf8.count)
    }

    @Test func aDocumentStoredAsTextByAnEarlierParleyStillReads() throws {
        let doc = F.document("d1", events: [])
        let store = try F.store([doc])
        let json = String(decoding: try doc.jsonBytes(), as: UTF8.self)
        try store.write { db in try db.execute(sql: "UPDATE articles SET document = ?", arguments: [json]) }
        #expect(try store.article(id: Self.articleID(doc))?.document == json)
    }

    @Test func aDamagedBlockIsAStoreErrorNotACrash() throws {
        let doc = F.document("d1", events: [])
        let path = F.tempPath()
        let store = try F.store([doc], path: path)
        try store.write { db in try db.execute(sql: "UPDATE articles SET document = ?", arguments: [Data([1, 200, 0, 0, 0, 0x50, 0x61])]) }
        #expect(throws: ParleyError.self) { _ = try store.article(id: Self.articleID(doc)) }
    }

    @Test func aStoreOfSchemaOneIsUpgradedAndStillOpensReadOnly() throws {
        let path = F.tempPath()
        _ = try F.store([F.document("d1", events: [])], path: path)
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "PRAGMA user_version = 1; DELETE FROM grdb_migrations WHERE identifier = 'v3-document-blocks'")
        }
        #expect(try Store(path: path, readOnly: true).counts().articles == 1)
        _ = try Store(path: path)
        #expect(try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") } == Store.schemaVersion)
    }
}
