import ArgumentParser
import Foundation
import Parley
import ParleyStore
import Synchronization

extension ParleyCommand {
    /// `parley bench-store`: ingest speed, memory and store size, and the time of each query.
    struct BenchStore: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "bench-store",
            abstract: "Measure the corpus store: articles per second ingested, peak memory, bytes per article, query times.",
            discussion: """
            Generates --articles synthetic articles as JSON Lines, ingests them with the standard \
            pipeline plus synthetic actor/event layers (about ten events an article, so that the store's load \
            is known whatever the coder finds in generated text) \
            into a fresh store, then adds documents directly until the store holds --events events and \
            times each query (median of 3 runs). Build with -c release for figures worth reporting.
            """
        )

        @Option(help: "Articles to generate and ingest.")
        var articles: Int = 10_000

        @Option(help: "Events the store holds when the queries are timed.")
        var events: Int = 100_000

        @Flag(inversion: .prefixedNo, help: "Top the store up to --events events and time the queries.")
        var queries = true

        @Option(help: "Folder for the generated input and the store (default: a new temporary folder, removed after).")
        var folder: String?

        func run() throws {
            let fm = FileManager.default
            let dir = folder ?? (NSTemporaryDirectory() + "parley-bench-store-\(ProcessInfo.processInfo.processIdentifier)")
            try? fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
            defer { if folder == nil { try? fm.removeItem(atPath: dir) } }
            let input = dir + "/articles.jsonl", storePath = dir + "/bench.sqlite"
            for suffix in ["", "-wal", "-shm"] { try? fm.removeItem(atPath: storePath + suffix) }

            var jsonl = Data()
            let encoder = JSONEncoder()
            for i in 0..<articles {
                jsonl.append(try encoder.encode(SyntheticCorpus.article(i)))
                jsonl.append(0x0A)
            }
            try jsonl.write(to: URL(fileURLWithPath: input))
            print("generated \(articles) articles, \(jsonl.count / max(1, articles)) bytes each on average")

            let store = try Store(path: storePath)
            let standard = try Pipeline.standard()
            let ingester = Ingester(store: store, pipeline: Pipeline(stages: standard.stages + [SyntheticLayers()]))
            let clock = ContinuousClock()
            let t0 = clock.now, cpu0 = BenchCorpus.cpuSeconds()
            let summary = try ingester.run(IngestInputs(paths: [input]))
            let seconds = (clock.now - t0).seconds, ingestCPU = BenchCorpus.cpuSeconds() - cpu0
            let c = try store.counts()
            print(String(format: "ingest: %d articles (%d events, %d incidents) in %.2f s = %.0f articles/s (closing merge %.2f s); peak memory %d MiB; store %.0f bytes/article",
                         summary.added, c.events, c.incidents, seconds, Double(summary.added) / seconds, summary.mergeSeconds,
                         BenchCorpus.peakMemoryMiB(), Double(store.fileBytes()) / Double(max(1, c.articles))))

            // The two halves apart: the pipeline alone on two threads, then the store alone (document JSON,
            // rows, inserts, merge) fed the documents the pipeline made, into a second store.
            let records = (0..<articles).map { SyntheticCorpus.article($0) }
            let layered = Pipeline(stages: standard.stages + [SyntheticLayers()])
            let made = Made()
            let t2 = clock.now, cpu2 = BenchCorpus.cpuSeconds()
            // On two Dispatch threads, not this one, so that a profile tells the writer (this thread) apart.
            let pipelineRun = DispatchGroup()
            for w in 0..<2 {
                DispatchQueue.global().async(group: pipelineRun) {
                    var local: [String: Document] = [:]
                    for r in stride(from: w, to: records.count, by: 2).map({ records[$0] }) {
                        let id = r.id ?? ""
                        local[id] = layered.run(text: r.text, id: id, published: r.published, title: r.title, source: r.source, url: r.url)
                    }
                    made.documents.withLock { $0.merge(local) { a, _ in a } }
                }
            }
            pipelineRun.wait()
            let pipelineSeconds = (clock.now - t2).seconds
            print(String(format: "  %.1f CPU-seconds; writer: %.2f s writing, %.2f s waiting for extracted batches", ingestCPU, summary.writingSeconds, summary.waitingSeconds))
            print("  closing merge: " + summary.mergeSteps.map { "\($0.name) " + String(format: "%.2f s", $0.seconds) }.joined(separator: ", "))
            print(String(format: "  pipeline alone (2 threads): %.0f articles/s, %.1f CPU-seconds", Double(articles) / pipelineSeconds,
                         BenchCorpus.cpuSeconds() - cpu2))
            let writerPath = dir + "/writer.sqlite"
            for suffix in ["", "-wal", "-shm"] { try? fm.removeItem(atPath: writerPath + suffix) }
            let writerStore = try Store(path: writerPath)
            let replay = Ingester(store: writerStore, pipeline: Pipeline(stages: [Precomputed(documents: made.documents.withLock { $0 })]))
            let t3 = clock.now, cpu3 = BenchCorpus.cpuSeconds()
            let replayed = try replay.run(IngestInputs(paths: [input]))
            let writerSeconds = (clock.now - t3).seconds, writerCPU = BenchCorpus.cpuSeconds() - cpu3
            print(String(format: "  store alone (synthetic layers precomputed): %d articles in %.2f s = %.0f articles/s (closing merge %.2f s)",
                         replayed.added, writerSeconds, Double(replayed.added) / writerSeconds, replayed.mergeSeconds))
            print(String(format: "  %.1f CPU-seconds; writer: %.2f s writing, %.2f s waiting for extracted batches", writerCPU, replayed.writingSeconds, replayed.waitingSeconds))
            print("  closing merge: " + replayed.mergeSteps.map { "\($0.name) " + String(format: "%.2f s", $0.seconds) }.joined(separator: ", "))
            for suffix in ["", "-wal", "-shm"] { try? fm.removeItem(atPath: writerPath + suffix) }

            guard queries else {
                print("peak memory \(BenchCorpus.peakMemoryMiB()) MiB")
                return
            }

            // Top up with documents stored directly, ten events each, until the store holds --events events.
            var index = articles
            var total = c.events
            let t1 = clock.now
            while total < events {
                var batch: [(document: Document, hash: String)] = []
                while batch.count < 500 && total < events {
                    let record = SyntheticCorpus.article(index)
                    index += 1
                    var doc = standard.run(text: record.text, id: record.id ?? "", published: record.published)
                    SyntheticCorpus.addLayers(&doc, count: min(10, events - total))
                    total += doc.events.count
                    batch.append((doc, ContentHash.of(text: record.text, published: record.published)))
                }
                try store.add(batch: batch)
            }
            try store.merge()
            let c2 = try store.counts()
            print(String(format: "bulk load to %d events (%d articles, %d incidents) in %.1f s",
                         c2.events, c2.articles, c2.incidents, (clock.now - t1).seconds))

            let month = (CalendarDate(iso: "2019-03-01")?.dayNumber ?? 0, CalendarDate(iso: "2019-03-31")?.dayNumber ?? 0)
            let person = "\(SyntheticCorpus.given["FRA".hashValueStable % SyntheticCorpus.given.count])"
            let queries: [(String, () throws -> Int)] = [
                ("events (no filter, 100 rows)", { try store.events(EventFilter()).rows.count }),
                ("events --actor \(person)", { try store.events(EventFilter(actor: person)).rows.count }),
                ("events --country FRA", { try store.events(EventFilter(country: "FRA")).rows.count }),
                ("events --type SANCTION", { try store.events(EventFilter(type: "SANCTION")).rows.count }),
                ("events --from 2019-03-01 --to 2019-03-31", { try store.events(EventFilter(from: month.0, to: month.1)).rows.count }),
                ("events --status negated", { try store.events(EventFilter(status: "negated")).rows.count }),
                ("events --topic fisheries", { try store.events(EventFilter(topic: "fisheries")).rows.count }),
                ("events --words \"customs port\"", { try store.events(EventFilter(words: ["customs", "port"])).rows.count }),
                ("events --country NOR --type AID --from/--to", { try store.events(EventFilter(country: "NOR", type: "AID", from: month.0, to: month.1)).rows.count }),
                ("actors (100 rows)", { try store.actors(EventFilter()).rows.count }),
                ("actors --country KEN", { try store.actors(EventFilter(country: "KEN")).rows.count }),
                ("timeline --by day", { try store.timeline(EventFilter(), by: .day).rows.count }),
                ("timeline --by week", { try store.timeline(EventFilter(), by: .week).rows.count }),
                ("network (100 rows)", { try store.network(EventFilter()).rows.count }),
                ("network --type CONSULT", { try store.network(EventFilter(type: "CONSULT")).rows.count }),
                ("export (all rows, CSV in memory)", {
                    var n = 0, bytes = 0
                    try store.export { row in n += 1; bytes += ResultTable.csvLine(row.map(\.display)).utf8.count }
                    return n
                }),
            ]
            print("query times over \(c2.events) events (median of 3):")
            for (name, q) in queries {
                var times: [Double] = []
                var rows = 0
                for _ in 0..<3 {
                    let s = clock.now
                    rows = try q()
                    times.append((clock.now - s).seconds * 1000)
                }
                times.sort()
                print("  " + name.padding(toLength: 48, withPad: " ", startingAt: 0) + String(format: " %8.1f ms  (%d rows)", times[1], rows))
            }
            print("peak memory \(BenchCorpus.peakMemoryMiB()) MiB")
        }
    }
}

/// A stage handing back documents made before, so a bench can time the store without the pipeline.
struct Precomputed: Stage {
    let name = "precomputed"
    let documents: [String: Document]
    func process(_ document: inout Document) {
        if let made = documents[document.info.id] { document = made }
    }
}

/// The documents the bench's pipeline-alone run made, gathered from its threads.
final class Made: Sendable {
    let documents = Mutex<[String: Document]>([:])
}
