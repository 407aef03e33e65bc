/// Hashing for tagger features: token bytes, phrases and feature templates to 64-bit keys, no allocation.
enum FeatureHashing {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3
    /// The seed of a gazetteer phrase hash.
    static let phraseSeed: UInt64 = 0x1234_5678

    /// FNV-1a over a string's UTF-8 bytes.
    @inline(__always) static func hash(_ s: String) -> UInt64 {
        var h = offset
        for b in s.utf8 { h = (h ^ UInt64(b)) &* prime }
        return h
    }

    /// FNV-1a over a string's UTF-8 bytes with ASCII letters lower-cased (as ``TokenForms`` hashes `lower`).
    @inline(__always) static func lowerHash(_ s: String) -> UInt64 {
        var h = offset
        for b in s.utf8 { h = (h ^ UInt64(b >= 65 && b <= 90 ? b + 32 : b)) &* prime }
        return h
    }

    /// FNV-1a over a run of UTF-8 bytes.
    @inline(__always) static func hash<C: Collection>(bytes: C) -> UInt64 where C.Element == UInt8 {
        var h = offset
        for b in bytes { h = (h ^ UInt64(b)) &* prime }
        return h
    }

    /// A strong 64-bit mix (the SplitMix64 finaliser).
    @inline(__always) static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// Two hashes combined, order-sensitive.
    @inline(__always) static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        mix(a &* 0x9e37_79b9_7f4a_7c15 ^ b)
    }

    /// The hash of a phrase, given its words' lower-case hashes, as the gazetteer stores it.
    static func phrase<S: Sequence>(_ lowerHashes: S) -> UInt64 where S.Element == UInt64 {
        var h = phraseSeed
        for t in lowerHashes { h = combine(h, t) }
        return h
    }
}

/// A deterministic random number generator (SplitMix64), so training gives the same model every time.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
