import Dispatch
import Foundation
import Parley
import Synchronization

/// What an ingest did.
public struct IngestSummary: Sendable, Hashable {
    public var added = 0
    public var duplicates = 0
    public var failed = 0

    public init() {}
}

/// Runs the pipeline over articles on several threads and commits each to the store, one
/// transaction per article, from a single writer; then merges incidents.
public struct Ingester: Sendable {
    public var store: Store
    public var pipeline: Pipeline
    /// Extraction threads (this machine has two cores).
    public var workers: Int
    /// Articles extracted while the writer commits the previous batch.
    public var batchSize: Int

    public init(store: Store, pipeline: Pipeline, workers: Int = 2, batchSize: Int = 64) {
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

    /// Holds one batch's results while its extraction runs beside the writer.
    private final class Batch: Sendable {
        let results = Mutex<[Prepared]>([])
        /// The next article a worker takes.
        let next = Atomic<Int>(0)
    }

    /// Ingests every article of the inputs. `progress` gets (done, total) after each article; `report`
    /// each input that fails. Throws when the store itself fails (disk full, read-only): what was
    /// committed before stays.
    ///
    /// While the workers extract the next batch, this thread commits the current one in one
    /// transaction of whole articles: a kill leaves whole articles or none of a batch.
    public func run(_ inputs: IngestInputs, progress: (Int, Int) -> Void = { _, _ in },
                    report: (ParleyError) -> Void = { _ in }) throws(ParleyError) -> IngestSummary {
        var summary = IngestSummary()
        var done = 0
        let stamp = Date()
        // A load at least doubling the store (and not tiny) builds its secondary indexes once, at the merge.
        if inputs.total >= Ingester.bulkLoadMinimum, try inputs.total >= store.counts().articles {
            try store.deferIndexes()
        }
        var current = prepare(inputs.next(batchSize))
        while !current.isEmpty {
            // Extract the next batch on the workers while this thread writes the current one.
            let upcoming = inputs.next(batchSize)
            let batch = Batch()
            let group = DispatchGroup()
            if !upcoming.isEmpty {
                DispatchQueue.global().async(group: group) { [self] in
                    let prepared = prepare(upcoming)
                    batch.results.withLock { $0 = prepared }
                }
            }
            var storeError: ParleyError?
            var ready: [ArticleRows] = []
            for item in current { if case .ready(let rows) = item { ready.append(rows) } }
            var added: [Bool] = []
            do {
                added = try store.add(articles: ready, ingestedAt: stamp)
            } catch {
                storeError = error
            }
            if storeError == nil {
                var next = added.makeIterator()
                for item in current {
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
                    progress(done, inputs.total)
                }
            }
            group.wait()
            if let storeError { throw storeError }
            current = batch.results.withLock { $0 }
        }
        try store.merge()
        return summary
    }

    /// Hashes, skips what is stored (one read for the batch), and runs the pipeline over the rest
    /// and flattens it into rows, on `workers` threads taking articles one at a time.
    func prepare(_ items: [IngestItem]) -> [Prepared] {
        if items.isEmpty { return [] }
        let hashes: [String?] = items.map { item in
            switch item {
            case .failed: nil
            case .document(let doc): ContentHash.of(text: doc.text, published: doc.info.published)
            case .article(let r, _): ContentHash.of(text: r.text, published: r.published)
            }
        }
        let stored = (try? store.stored(hashes: hashes.compactMap { $0 })) ?? []
        let out = Batch()
        out.results.withLock { $0 = Array(repeating: .duplicate, count: items.count) }
        let n = items.count, w = min(workers, n)
        DispatchQueue.concurrentPerform(iterations: w) { _ in
            var local: [(Int, Prepared)] = []
            while true {
                let i = out.next.add(1, ordering: .relaxed).oldValue
                if i >= n { break }
                if let h = hashes[i], stored.contains(h) { continue }
                local.append((i, prepareOne(items[i], hash: hashes[i] ?? "")))
            }
            out.results.withLock { r in for (i, p) in local { r[i] = p } }
        }
        return out.results.withLock { $0 }
    }

    private func prepareOne(_ item: IngestItem, hash: String) -> Prepared {
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
