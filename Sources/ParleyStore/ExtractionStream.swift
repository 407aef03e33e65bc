import Foundation

/// Articles on their way from the inputs, through the extraction workers, to the writer, in input order.
///
/// A feeder reads the inputs in small chunks, hashes them and skips what is stored; the workers take
/// articles one at a time and never wait for one another; the writer takes results in input order, a
/// batch at a time. No batch boundary stops the workers: in lockstep batches one core idled at every
/// batch's end while the other finished its last article, and while the next batch was read and checked.
/// At most `window` articles are read ahead of the writer, so memory stays bounded.
final class ExtractionStream: @unchecked Sendable {
    /// One article for a worker: its place in the input and its content hash.
    struct Work {
        var index: Int
        var item: IngestItem
        var hash: String
    }

    private let condition = NSCondition()
    private let window: Int
    // All below are guarded by `condition`.
    private var queue: [Work] = []
    private var queueHead = 0
    private var results: [Int: Ingester.Prepared] = [:]
    /// The index the next article read gets.
    private var assigned = 0
    /// Results below this index are the writer's.
    private var taken = 0
    private var fed = false
    private var cancelled = false

    init(window: Int) { self.window = max(1, window) }

    // MARK: feeder

    /// Queues a chunk read from the inputs (with each one's hash, and whether it is stored already),
    /// waiting while the window is full; false once the writer has stopped.
    func feed(_ chunk: [(item: IngestItem, hash: String?, stored: Bool)]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while assigned - taken + chunk.count > window && assigned > taken && !cancelled { condition.wait() }
        if cancelled { return false }
        for (item, hash, stored) in chunk {
            let index = assigned
            assigned += 1
            if case .failed(let e) = item {
                results[index] = .failed(e)
            } else if stored {
                results[index] = .duplicate
            } else {
                queue.append(Work(index: index, item: item, hash: hash ?? ""))
            }
        }
        condition.broadcast()
        return true
    }

    /// Nothing more will be read.
    func finishFeeding() {
        condition.lock()
        fed = true
        condition.broadcast()
        condition.unlock()
    }

    // MARK: workers

    /// The next article to extract, or nil when all are handed out (or the writer has stopped).
    func nextWork() -> Work? {
        condition.lock()
        defer { condition.unlock() }
        while queueHead == queue.count && !fed && !cancelled { condition.wait() }
        if cancelled || queueHead == queue.count { return nil }
        let w = queue[queueHead]
        queueHead += 1
        if queueHead > 1024 && queueHead * 2 > queue.count {
            queue.removeFirst(queueHead)
            queueHead = 0
        }
        return w
    }

    /// An article extracted.
    func done(_ index: Int, _ result: Ingester.Prepared) {
        condition.lock()
        results[index] = result
        condition.broadcast()
        condition.unlock()
    }

    // MARK: writer

    /// The next `count` results in input order (fewer at the end), or nil when every article is taken.
    func take(_ count: Int) -> [Ingester.Prepared]? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            var ready = 0
            while ready < count, results[taken + ready] != nil { ready += 1 }
            let everyResultIn = fed && taken + ready == assigned
            if ready == count || (everyResultIn && ready > 0) {
                var out: [Ingester.Prepared] = []
                out.reserveCapacity(ready)
                for i in taken..<(taken + ready) { if let r = results.removeValue(forKey: i) { out.append(r) } }
                taken += ready
                condition.broadcast()
                return out
            }
            if everyResultIn || cancelled { return nil }
            condition.wait()
        }
    }

    /// The writer stops: the feeder and the workers end after what they hold.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    var isCancelled: Bool {
        condition.lock()
        defer { condition.unlock() }
        return cancelled
    }
}
