/// Hashing for tagger features: strings and template ids to 64-bit keys, no allocation.
enum FeatureHashing {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// FNV-1a over a string's UTF-8 bytes.
    @inline(__always) static func hash(_ s: String) -> UInt64 {
        var h = offset
        for b in s.utf8 { h = (h ^ UInt64(b)) &* prime }
        return h
    }

    /// FNV-1a over a run of UTF-8 bytes.
    @inline(__always) static func hash<C: Collection>(bytes: C) -> UInt64 where C.Element == UInt8 {
        var h = offset
        for b in bytes { h = (h ^ UInt64(b)) &* prime }
        return h
    }

    /// Mixes two keys into one (SplitMix64 finaliser over a combination).
    @inline(__always) static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var z = a &+ 0x9e37_79b9_7f4a_7c15 &+ (b &* 0xbf58_476d_1ce4_e5b9)
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// The key of a feature: its template and up to three values.
    @inline(__always) static func key(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) -> UInt32 {
        let h = mix(mix(mix(template, a), b), c)
        return UInt32(truncatingIfNeeded: h ^ (h >> 32))
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
