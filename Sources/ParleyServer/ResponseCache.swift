import Hummingbird
import Synchronization

/// Whole JSON bodies of the read-only routes, kept while the store stays at one version.
///
/// A list over 100,000 events costs milliseconds to query and encode; the same page asked again
/// (the web page's default view, a shared link) costs a dictionary look-up. Every entry belongs to
/// the store version it was computed at: when the version moves on, everything is dropped, and a
/// body computed under an older version than the cache holds is never kept.
final class ResponseCache: Sendable {
    private struct State {
        var version = Int.min
        var bodies: [String: ByteBuffer] = [:]
        /// Keys in the order they were kept, oldest from `head`: the first to go when the cache is full.
        var order: [String] = []
        var head = 0
        var bytes = 0

        init(version: Int = .min) { self.version = version }
    }

    /// Entries and body bytes kept at most.
    let maxEntries: Int
    let maxBytes: Int
    private let state = Mutex(State())

    init(maxEntries: Int = 4096, maxBytes: Int = 64 << 20) {
        self.maxEntries = maxEntries
        self.maxBytes = maxBytes
    }

    /// The body kept for `key` at this store version, if any.
    func body(_ key: String, version: Int) -> ByteBuffer? {
        state.withLock { s in
            if version > s.version { s = State(version: version) }
            return version == s.version ? s.bodies[key] : nil
        }
    }

    /// Keeps a body computed at `version`, dropping the oldest entries past the limits.
    func keep(_ body: ByteBuffer, key: String, version: Int) {
        let size = body.readableBytes + key.utf8.count
        guard size <= maxBytes else { return }
        state.withLock { s in
            if version > s.version { s = State(version: version) }
            guard version == s.version, s.bodies[key] == nil else { return }
            while s.bodies.count >= maxEntries || s.bytes + size > maxBytes, s.head < s.order.count {
                let old = s.order[s.head]
                s.head += 1
                if let b = s.bodies.removeValue(forKey: old) { s.bytes -= b.readableBytes + old.utf8.count }
            }
            if s.head > 1024, s.head * 2 > s.order.count {
                s.order.removeFirst(s.head)
                s.head = 0
            }
            s.bodies[key] = body
            s.order.append(key)
            s.bytes += size
        }
    }

    /// How many bodies are kept, for tests.
    var count: Int { state.withLock { $0.bodies.count } }
}
