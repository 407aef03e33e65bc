import Foundation
import Parley
import ParleyStore
import Synchronization

/// The totals behind paged lists, kept while the store stays at one version.
///
/// Counting every match of a filter costs milliseconds over 100,000 events, far more than the
/// page itself; the total only changes when something commits a write to the store, which moves
/// its ``StoreVersion``. Paging through one filter counts once.
final class CountCache: Sendable {
    /// What is counted.
    enum Kind: Sendable, Hashable { case events, incidents }

    private struct Key: Hashable { var kind: Kind; var filter: EventFilter }
    private struct State { var version = Int.min; var counts: [Key: Int] = [:] }

    private let state = Mutex(State())
    /// Entries kept at most; the cache starts over past it.
    private let capacity = 10_000

    /// The count kept for this store version, or `count()` computed and kept.
    func count(_ kind: Kind, _ filter: EventFilter, version: Int, _ count: () throws(ParleyError) -> Int) throws(ParleyError) -> Int {
        let key = Key(kind: kind, filter: filter)
        if let hit = state.withLock({ s -> Int? in s.version == version ? s.counts[key] : nil }) { return hit }
        let n = try count()
        state.withLock { s in
            // A count made under an older version than the cache holds is not kept.
            guard version >= s.version else { return }
            if version > s.version || s.counts.count >= capacity { s = State(version: version) }
            s.counts[key] = n
        }
        return n
    }
}
