import Foundation
import Parley
import ParleyStore
import Synchronization

/// The totals behind paged lists, kept until the store's files change.
///
/// Counting every match of a filter costs milliseconds over 100,000 events, far more than the
/// page itself; the total only changes when something writes the store, which changes the
/// size or modification time of its database or write-ahead log file.
final class CountCache: Sendable {
    /// What is counted.
    enum Kind: Sendable, Hashable { case events, incidents }

    private struct Key: Hashable { var kind: Kind; var filter: EventFilter }
    private struct State { var stamp: [Double] = []; var counts: [Key: Int] = [:] }

    private let path: String
    private let state = Mutex(State())
    /// Entries kept at most; the cache starts over past it.
    private let capacity = 10_000

    init(path: String) { self.path = path }

    /// The cached count, or `count()` computed and kept.
    func count(_ kind: Kind, _ filter: EventFilter, _ count: () throws(ParleyError) -> Int) throws(ParleyError) -> Int {
        let stamp = fileStamp()
        let key = Key(kind: kind, filter: filter)
        if let hit = state.withLock({ s -> Int? in s.stamp == stamp ? s.counts[key] : nil }) { return hit }
        let n = try count()
        state.withLock { s in
            if s.stamp != stamp || s.counts.count >= capacity { s = State(stamp: stamp) }
            s.counts[key] = n
        }
        return n
    }

    /// Size and modification time of the database and its write-ahead log.
    private func fileStamp() -> [Double] {
        [path, path + "-wal"].flatMap { p -> [Double] in
            let a = try? FileManager.default.attributesOfItem(atPath: p)
            return [Double((a?[.size] as? Int) ?? -1), (a?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? -1]
        }
    }
}
