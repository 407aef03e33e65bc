import Foundation
import GRDB
import Parley
import Testing
@testable import ParleyStore

@Suite struct IngesterTests {
    typealias F = StoreFixtures

    @Test func aMalformedLineIsReportedWithItsLineAndTheRestIsStored() throws {
        let dir = URL(fileURLWithPath: F.tempPath()).deletingLastPathComponent()
        let nested = dir.appendingPathComponent("in/deeper")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        try "The ministers met in Seoul. They talked.".write(to: nested.appendingPathComponent("one.txt"), atomically: true, encoding: .utf8)
        try "ignored, not an article extension".write(to: nested.appendingPathComponent("notes.md"), atomically: true, encoding: .utf8)
        let doc = F.document("d", events: [.init(type: "CONSULT", source: [F.usa], target: [F.kor], date: "2018-04-23")])
        let lines = ["{\"id\": \"r1\", \"text\": \"Envoys met again. Talks went on.\", \"published\": \"2019-02-01\"}",
                     "{broken", "", try F.jsonLine(doc), "{\"text\": \"Envoys met again. Talks went on.\", \"published\": \"2019-02-01\"}"]
        let jsonl = dir.appendingPathComponent("in/batch.jsonl")
        try lines.joined(separator: "\n").write(to: jsonl, atomically: true, encoding: .utf8)

        let store = try Store(path: dir.appendingPathComponent("s.sqlite").path)
        let inputs = IngestInputs(paths: [dir.appendingPathComponent("in").path, dir.appendingPathComponent("missing.txt").path])
        #expect(inputs.total == 6)
        var reported: [ParleyError] = []
        let summary = try Ingester(store: store, pipeline: try Pipeline.standard()).run(inputs, report: { reported.append($0) })
        #expect(summary.added == 3)
        #expect(summary.duplicates == 1)
        #expect(summary.failed == 2)
        #expect(reported.contains { $0.input.hasSuffix("batch.jsonl:2") && $0.code == .malformedInput })
        #expect(reported.contains { $0.input.hasSuffix("missing.txt") && $0.code == .notFound })
        #expect(try store.counts() == (3, 1, 1))
    }

    @Test func aDiskFillingMidRunStopsTheIngestWithAClearErrorAndKeepsWholeBatches() throws {
        let dir = URL(fileURLWithPath: F.tempPath()).deletingLastPathComponent()
        let input = dir.appendingPathComponent("many.jsonl")
        var lines: [String] = []
        for i in 0..<400 {
            let doc = F.document("f\(i)", events: [.init(type: "CONSULT", source: [F.usa], target: [F.kor], date: "2018-04-23")])
            lines.append(try F.jsonLine(doc))
        }
        try lines.joined(separator: "\n").write(to: input, atomically: true, encoding: .utf8)
        let path = dir.appendingPathComponent("small.sqlite").path
        _ = try Store(path: path)
        let pages = try Store(path: path).read { db in try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0 }
        // room for a few batches of eight articles, not for all fifty
        let store = try Store(path: path, readOnly: false, maxPageCount: pages + 40)
        var progressed = 0
        let ingester = Ingester(store: store, pipeline: Pipeline(stages: []), batchSize: 8)
        do {
            _ = try ingester.run(IngestInputs(paths: [input.path]), progress: { done, _ in progressed = done })
            Issue.record("the ingest did not stop at the full disk")
        } catch {
            #expect(error.code == .storeFailure)
            #expect(error.description.contains("disk is full"), "\(error.description)")
        }
        let c = try Store(path: path).counts()
        #expect(c.articles == progressed)
        #expect(c.articles > 0 && c.articles < 400 && c.articles % 8 == 0, "\(c.articles) articles")
        #expect(c.events == c.articles)
    }

    /// A load big enough to set the indexes aside, into a store holding a few of its incidents already,
    /// ends with the incidents an add-and-merge store has, every index back, its counts added up as a
    /// recompute gives them, and the write-ahead log copied into the file and emptied.
    @Test func aBulkIngestEndsWithEveryIndexTheCountsAndAnEmptyLog() throws {
        let dir = URL(fileURLWithPath: F.tempPath()).deletingLastPathComponent()
        let input = dir.appendingPathComponent("bulk.jsonl")
        var docs: [Document] = []
        for i in 0..<Ingester.bulkLoadMinimum {
            docs.append(F.document("b\(i)", published: "2018-05-\(String(format: "%02d", 1 + i % 28))", events: [
                .init(type: "CONSULT", source: [F.usa], target: [i % 2 == 0 ? F.kor : F.korAlt], date: "2018-05-\(String(format: "%02d", 1 + i % 28))"),
                .init(type: "ACCUSE", source: [F.moon], target: [F.prk], date: nil),
            ]))
        }
        let lines = try docs.map { try F.jsonLine($0) }
        try lines.joined(separator: "\n").write(to: input, atomically: true, encoding: .utf8)
        let plain = try Store(path: dir.appendingPathComponent("plain.sqlite").path)
        let path = dir.appendingPathComponent("bulk.sqlite").path
        let store = try Store(path: path)
        // a few articles merged before: the bulk load's reports join their incidents
        let early = dir.appendingPathComponent("early.jsonl")
        try lines.prefix(30).joined(separator: "\n").write(to: early, atomically: true, encoding: .utf8)
        _ = try Ingester(store: store, pipeline: Pipeline(stages: [])).run(IngestInputs(paths: [early.path]))
        let summary = try Ingester(store: store, pipeline: Pipeline(stages: [])).run(IngestInputs(paths: [input.path]))
        #expect(summary.added == Ingester.bulkLoadMinimum - 30)
        #expect(try store.incidentReports() == F.store(docs).incidentReports())
        let log = (try? FileManager.default.attributesOfItem(atPath: path + "-wal"))?[.size] as? Int ?? 0
        #expect(log == 0, "the log still holds \(log) bytes")
        #expect(try store.write { db in try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") } == 1000)
        #expect(try StoreIndexesTests.indexes(path) == StoreIndexesTests.indexes(plain.path))
        #expect(try store.read { db in try db.tableExists("deferred_indexes") } == false)
        #expect(try store.read { db in try Store.statsAreFresh(db) })
        let counted = try store.actors(EventFilter()).rows + store.network(EventFilter()).rows
        try store.write { db in try db.execute(sql: "UPDATE stats_state SET last_article = 0") }
        #expect(try counted == store.actors(EventFilter()).rows + store.network(EventFilter()).rows)
    }

    /// A load into a store without events writes each report with the incident it would be alone; killed
    /// before its closing merge, it leaves ids that name no incident, which the next open forgets, so that
    /// the next merge ends as `add` and `merge` do.
    @Test func aLoadKilledBeforeItsMergeLeavesNoIncidentIdsThatNameNothing() throws {
        let path = F.tempPath()
        let store = try Store(path: path)
        var reports = try store.beginProvisionalIncidents()
        #expect(reports != nil)
        var tally = CountTally()
        let rows = try StoreMergeTests.docs.map { try ArticleRows($0, hash: ContentHash.of(text: $0.text, published: $0.info.published)) }
        _ = try store.ingest(articles: rows, ingestedAt: Date(), tally: &tally, reports: &reports)
        // the kill: no closing merge
        let named = try store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events WHERE incident_id IS NOT NULL") }
        #expect(named == reports?.count)
        #expect(try store.counts().incidents == 0)

        let reopened = try Store(path: path)
        try reopened.read { db throws in
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events WHERE incident_id IS NOT NULL") == 0)
            #expect(try !db.tableExists("provisional_incidents"))
        }
        try reopened.merge()
        #expect(try reopened.incidentReports() == F.store(StoreMergeTests.docs).incidentReports())
        // and a store that holds events gets no provisional ids
        #expect(try reopened.beginProvisionalIncidents() == nil)
    }

    /// An ingest writes with foreign keys unchecked; one whose articles join incidents stored earlier
    /// still replaces them whole (no report of a dropped incident is left), ends as a store filled by
    /// `add` and `merge` does, and leaves the checks on.
    @Test func ingestsThatJoinStoredIncidentsLeaveNoOrphanReports() throws {
        let dir = URL(fileURLWithPath: F.tempPath()).deletingLastPathComponent()
        let store = try Store(path: dir.appendingPathComponent("joined.sqlite").path)
        // the second part's reports join the first part's US–Korea meeting and Moon–Kim summit
        let docs = StoreMergeTests.docs
        for (n, part) in [[docs[0], docs[2]], [docs[1], docs[3], docs[4]]].enumerated() {
            let input = dir.appendingPathComponent("part\(n).jsonl")
            try part.map { try F.jsonLine($0) }.joined(separator: "\n").write(to: input, atomically: true, encoding: .utf8)
            _ = try Ingester(store: store, pipeline: Pipeline(stages: [])).run(IngestInputs(paths: [input.path]))
        }
        #expect(try store.incidentReports() == F.store(StoreMergeTests.docs).incidentReports())
        try store.write { db in
            let orphans = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM incident_reports r WHERE NOT EXISTS (SELECT 1 FROM incidents i WHERE i.id = r.incident_id)
                """)
            #expect(orphans == 0)
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
            #expect(try Int.fetchOne(db, sql: "PRAGMA foreign_keys") == 1)
        }
    }

    /// The `parley` executable beside the test bundle, if it was built.
    static let binary: URL? = {
        var candidates: [URL] = []
        let bundle = Bundle.main.bundleURL
        candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("parley"))
        candidates.append(bundle.appendingPathComponent("parley"))
        if let exe = Bundle.main.executableURL {
            candidates.append(exe.deletingLastPathComponent().appendingPathComponent("parley"))
        }
        for arg in CommandLine.arguments.prefix(1) {
            let url = URL(fileURLWithPath: arg).deletingLastPathComponent()
            candidates.append(url.appendingPathComponent("parley"))
            candidates.append(url.deletingLastPathComponent().appendingPathComponent("parley"))
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    @Test(.enabled(if: binary != nil, "the parley executable was not found beside the test bundle; run 'swift build' first"))
    func killingIngestMidRunLeavesOnlyWholeArticles() throws {
        let binary = try #require(Self.binary)
        let dir = URL(fileURLWithPath: F.tempPath()).deletingLastPathComponent()
        let input = dir.appendingPathComponent("many.jsonl")
        let storePath = dir.appendingPathComponent("killed.sqlite").path
        var text = ""
        let count = 2000
        for i in 0..<count {
            let doc = F.document("k\(i)", published: "2018-05-\(String(format: "%02d", 1 + i % 28))", events: [
                .init(type: "CONSULT", source: [F.usa], target: [F.kor], date: "2018-05-\(String(format: "%02d", 1 + i % 28))"),
                .init(type: "AGREE", source: [F.moon, F.kim], target: [F.prk], date: "2018-W\(10 + i % 20)", topics: ["talks"]),
                .init(type: "ACCUSE", source: [.init(name: "Person \(i)")], target: [F.usa], date: nil),
            ])
            text += try F.jsonLine(doc) + "\n"
        }
        try text.write(to: input, atomically: true, encoding: .utf8)

        let process = Process()
        process.executableURL = binary
        process.arguments = ["ingest", input.path, "--store", storePath]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until some articles are committed, then kill it without warning.
        var seen = 0
        for _ in 0..<2000 where process.isRunning {
            usleep(5_000)
            if FileManager.default.fileExists(atPath: storePath),
               let n = try? DatabaseQueue(path: storePath, configuration: { var c = Configuration(); c.readonly = true; return c }())
                   .read({ db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM articles") }) {
                seen = n
                if seen >= 100 { break }
            }
        }
        let killed = process.isRunning
        if killed { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()

        let store = try Store(path: storePath)
        let c = try store.counts()
        #expect(c.articles >= seen)
        if killed { #expect(c.articles < count, "the ingest finished before it could be killed") }
        try store.read { db in
            let articles = try Row.fetchAll(db, sql: "SELECT id, document FROM articles")
            for a in articles {
                let id: Int64 = a["id"]
                let doc = try JSONDecoder().decode(Document.self, from: Data(try StoredDocument.json(a["document"]).utf8))
                #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events WHERE article_id = ?", arguments: [id]) == doc.events.count)
                #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM actors WHERE article_id = ?", arguments: [id]) == doc.actors.count)
                let links = doc.events.reduce(0) { $0 + $1.source.count + $1.target.count }
                #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event_actors WHERE event_id IN (SELECT id FROM events WHERE article_id = ?)", arguments: [id]) == links)
                #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article_words WHERE rowid = ?", arguments: [id]) == 1)
            }
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events WHERE article_id NOT IN (SELECT id FROM articles)") == 0)
        }
        // The next ingest merges what the killed run left unmerged (here: its first articles again, all duplicates).
        let head = dir.appendingPathComponent("head.jsonl")
        try text.split(separator: "\n").prefix(20).joined(separator: "\n").write(to: head, atomically: true, encoding: .utf8)
        let summary = try Ingester(store: store, pipeline: try Pipeline.standard()).run(IngestInputs(paths: [head.path]))
        #expect(summary.duplicates == min(20, c.articles))
        #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events WHERE incident_id IS NULL") } == 0)
    }
}
