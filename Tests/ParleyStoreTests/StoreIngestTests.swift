import Foundation
import GRDB
import Parley
import Testing
@testable import ParleyStore

@Suite struct StoreIngestTests {
    typealias F = StoreFixtures

    @Test func reIngestingAnArticleIsANoOp() throws {
        let doc = F.document("d1", events: [.init(type: "CONSULT", source: [F.usa], target: [F.kor], date: "2018-04-23")])
        let store = try F.store([doc])
        let hash = ContentHash.of(text: doc.text, published: doc.info.published)
        #expect(try store.add(doc, hash: hash) == false)
        try store.merge()
        #expect(try store.counts() == (1, 1, 1))
    }

    @Test func everyLayerIsStored() throws {
        let doc = F.document("d1", events: [
            .init(type: "CONSULT", source: [F.moon], target: [F.kim], date: "2018-04-27", topics: ["Denuclearization"]),
            .init(type: "AGREE", source: [F.kor, F.prk], target: [F.usa], date: "2018-W17"),
        ])
        let store = try F.store([doc])
        try store.read { db in
            let json = try StoredDocument.json(try #require(try DatabaseValue.fetchOne(db, sql: "SELECT document FROM articles")))
            let back = try JSONDecoder().decode(Document.self, from: Data(json.utf8))
            #expect(back.events == doc.events)
            #expect(back.actors == doc.actors)
            #expect(back.places == doc.places)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM actors") == 5)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event_actors") == 5)
            #expect(try String.fetchOne(db, sql: "SELECT topic FROM event_topics") == "denuclearization")
            let row = try #require(try Row.fetchOne(db, sql: "SELECT * FROM events WHERE event_id = 'e2'"))
            #expect(row["source_names"] == "South Korea; North Korea")
            #expect(row["source_countries"] == "KOR; PRK")
            #expect(row["place_name"] == "Seoul")
            #expect(row["sentence"] == doc.slice(doc.sentences[1].start, doc.sentences[1].end))
        }
    }
}
