import Dispatch
import Foundation
import Parley

/// What an ingest did.
public struct IngestSummary: Sendable, Hashable {
    public var added = 0
    public var duplicates = 0
    public var failed = 0
    /// Seconds the closing merge took (incidents, rebuilt indexes, counts).
    public var mergeSeconds = 0.0
    /// The closing merge's steps ("incidents", "indexes", "counts", "log") and their seconds, in order.
    public var mergeSteps: [MergeStep] = []
    /// Seconds the writer spent committing batches, and waiting for the extraction to hand one over.
    public var writingSeconds = 0.0, waitingSeconds = 0.0

    public init() {}
}

/// One step of an ingest's closing merge and the seconds it took.
public struct MergeStep: Sendable, Hashable {
    public var name: String
    public var seconds: Double
}

/// Runs the pipeline over articles on several threads and commits each to the store, one
/// transaction per article, from a single writer; then merges incidents.
public struct Ingester: Sendable {
    public var store: Store
    public var pipeline: Pipeline
    /// Extraction threads (this machine has two cores).
    public var workers: Int
    /// Articles extracted while the writer commits the previous batch, and committed in one transaction.
    /// Each commit rewrites the index pages its rows touched (article hashes and event keys land at
    /// random), so larger batches write less: 256 wrote 15% fewer bytes than 64 in `bench-store`.
    public var batchSize: Int

    public init(store: Store, pipeline: Pipeline, workers: Int = 2, batchSize: Int = 256) {
        self.store = store
        self.pipeline = pipeline
        self.workers = max(1, workers)
        self.batchSize = max(1, batchSize)
    }

    /// The fewest articles for which an ingest sets the secondary indexes aside (``Store/deferIndexes()``).
    static let bulkLoadMinimum = 1000

    /// An article ready for the writer.
    enum Prepared: Sendable {
        case ready(ArticleRows)
        case duplicate
        case failed(ParleyError)
    }

    /// The inputs, read only by the feeder thread once the run has started.
    private final class Source: @unchecked Sendable {
        let inputs: IngestInputs
        init(_ inputs: IngestInputs) { self.inputs = inputs }
    }

    /// Ingests every article of the inputs. `progress` gets (done, total) after each article; `report`
    /// each input that fails. Throws when the store itself fails (disk full, read-only): what was
    /// committed before stays.
    ///
    /// A feeder thread reads, hashes and screens the inputs; `workers` threads extract them one article at
    /// a time (``ExtractionStream``), at most two batches ahead of the writer; this thread commits each
    /// batch in one transaction of whole articles, so a kill leaves whole articles or none of a batch.
    public func run(_ inputs: IngestInputs, progress: (Int, Int) -> Void = { _, _ in },
                    report: (ParleyError) -> Void = { _ in }) throws(ParleyError) -> IngestSummary {
        var summary = IngestSummary()
        var done = 0
        let stamp = Date()
        let total = inputs.total
        let baseline = try store.countsBaseline()
        var tally = CountTally()
        // A load at least doubling the store (and not tiny) builds its secondary indexes once, at the end.
        if total >= Ingester.bulkLoadMinimum, try total >= store.counts().articles {
            try store.deferIndexes()
        }
        // Into a store without events, the writer keeps what it wrote for the closing merge.
        var reports = try store.beginProvisionalIncidents()
        // The writer only appends to the log; a thread of its own copies it into the file.
        let checkpointer = try? WALCheckpointer(store: store)
        defer { checkpointer?.finish() }
        // Every row names a parent written just before it: checking each one was a third of some inserts.
        try store.foreignKeyChecks(false)
        defer { try? store.foreignKeyChecks(true) }
        let stream = ExtractionStream(window: 2 * batchSize + Ingester.feedChunk)
        let source = Source(inputs)
        let extraction = DispatchGroup()
        extraction.enter()
        let feeder = Thread { [self] in
            defer { extraction.leave() }
            while !stream.isCancelled {
                let items = source.inputs.next(Ingester.feedChunk)
                if items.isEmpty || !stream.feed(screen(items)) { break }
            }
            stream.finishFeeding()
        }
        feeder.name = "parley-read"
        feeder.start()
        for n in 0..<workers {
            extraction.enter()
            let worker = Thread { [self] in
                defer { extraction.leave() }
                while let w = stream.nextWork() { stream.done(w.index, prepareOne(w.item, hash: w.hash)) }
            }
            worker.name = "parley-extract-\(n)"
            worker.start()
        }
        let clock = ContinuousClock()
        var waitStart = clock.now
        while let batch = stream.take(batchSize) {
            let writeStart = clock.now
            summary.waitingSeconds += (writeStart - waitStart).seconds
            var ready: [ArticleRows] = []
            for item in batch { if case .ready(let rows) = item { ready.append(rows) } }
            let added: [Bool]
            do {
                added = try store.ingest(articles: ready, ingestedAt: stamp, tally: &tally, reports: &reports)
                checkpointer?.nudge()
                waitStart = clock.now
                summary.writingSeconds += (waitStart - writeStart).seconds
            } catch {
                stream.cancel()
                extraction.wait()
                throw error
            }
            var next = added.makeIterator()
            for item in batch {
                switch item {
                case .ready:
                    if next.next() == true { summary.added += 1 } else { summary.duplicates += 1 }
                case .duplicate:
                    summary.duplicates += 1
                case .failed(let e):
                    summary.failed += 1
                    report(e)
                }
                done += 1
                progress(done, total)
            }
        }
        extraction.wait()
        let start = clock.now
        summary.mergeSteps = try store.finishIngest(tally: tally, baseline: baseline, reports: reports) { checkpointer?.nudge() }
        checkpointer?.finish()
        summary.mergeSeconds = (clock.now - start).seconds
        summary.mergeSteps.append(MergeStep(name: "log", seconds: summary.mergeSeconds - summary.mergeSteps.reduce(0) { $0 + $1.seconds }))
        return summary
    }

    /// Articles read at a time by the feeder: hashed, and checked against the store in one read.
    static let feedChunk = 64

    /// Each item's content hash, and whether an article with that hash is stored already.
    func screen(_ items: [IngestItem]) -> [(item: IngestItem, hash: String?, stored: Bool)] {
        let hashes: [String?] = items.map { item in
            switch item {
            case .failed: nil
            case .document(let doc): ContentHash.of(text: doc.text, published: doc.info.published)
            case .article(let r, _): ContentHash.of(text: r.text, published: r.published)
            }
        }
        let stored = (try? store.stored(hashes: hashes.compactMap { $0 })) ?? []
        return zip(items, hashes).map { item, hash in (item, hash, hash.map { stored.contains($0) } ?? false) }
    }

    /// Runs the pipeline over one article and flattens it into rows.
    func prepareOne(_ item: IngestItem, hash: String) -> Prepared {
        let doc: Document
        switch item {
        case .failed(let e):
            return .failed(e)
        case .document(let d):
            doc = d
        case .article(let r, let id):
            doc = pipeline.run(text: r.text, id: id, published: r.published, title: r.title, source: r.source, url: r.url)
        }
        do {
            return .ready(try ArticleRows(doc, hash: hash))
        } catch {
            return .failed(error)
        }
    }
}
