/// An open-addressing table from 64-bit hashes to small flag sets. The keys are
/// already well-mixed hashes, so lookups skip `Dictionary`'s second hashing.
struct FlagTable<Value: FixedWidthInteger & Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Value](repeating: 0, count: size)
        mask = size - 1
    }

    /// The flags stored for a key, or 0.
    @inline(__always) func get(_ key: UInt64) -> Value {
        let k = key == 0 ? 1 : key
        var i = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
        while true {
            let s = keys[i]
            if s == k { return values[i] }
            if s == 0 { return 0 }
            i = (i &+ 1) & mask
        }
    }

    /// ORs flags into a key's entry.
    mutating func insert(_ key: UInt64, _ flags: Value) {
        if (count + 1) * 2 > keys.count { grow() }
        let k = key == 0 ? 1 : key
        var i = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
        while true {
            let s = keys[i]
            if s == k { values[i] |= flags; return }
            if s == 0 { keys[i] = k; values[i] = flags; count += 1; return }
            i = (i &+ 1) & mask
        }
    }

    /// Forgets every entry but keeps the storage (for reuse across documents).
    mutating func removeAll() {
        guard count > 0 else { return }
        for i in keys.indices { keys[i] = 0 }
        count = 0
    }

    private mutating func grow() {
        var bigger = FlagTable(capacity: keys.count)
        for (k, v) in zip(keys, values) where k != 0 { bigger.insert(k, v) }
        self = bigger
    }
}
