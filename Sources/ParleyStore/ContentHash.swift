/// SHA-256 of an article's content, as lower-case hex: the identity that makes re-ingest a no-op.
///
/// Written here (FIPS 180-4) so the store needs no crypto dependency; it is only an identity, not a secret.
public enum ContentHash {
    /// The hash of an article: its text and its published date as given (nil and "" are the same).
    public static func of(text: String, published: String?) -> String {
        var bytes = Array(text.utf8)
        bytes.append(0x1F)  // a unit separator, so "ab"+"c" and "a"+"bc" differ
        bytes.append(contentsOf: (published ?? "").utf8)
        return hex(sha256(bytes))
    }

    /// Lower-case hex of some bytes.
    public static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 2)
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    /// The 32-byte SHA-256 digest of a message. Works on raw buffers: with arrays' bounds checks and
    /// copies it took two microseconds for an incident id, and a sixth of an article's preparation.
    public static func sha256(_ message: [UInt8]) -> [UInt8] {
        // The message, its 0x80 and zero padding, and its length in bits, in whole 64-byte blocks.
        let padded = (message.count + 9 + 63) / 64 * 64
        var data = [UInt8](repeating: 0, count: padded)
        data.withUnsafeMutableBufferPointer { d in
            message.withUnsafeBufferPointer { m in
                if let src = m.baseAddress { d.baseAddress!.update(from: src, count: m.count) }
            }
            d[message.count] = 0x80
            let bitLength = UInt64(message.count) &* 8
            for i in 0..<8 { d[padded - 1 - i] = UInt8(truncatingIfNeeded: bitLength >> (UInt64(i) * 8)) }
        }
        var h0: UInt32 = 0x6a09e667, h1: UInt32 = 0xbb67ae85, h2: UInt32 = 0x3c6ef372, h3: UInt32 = 0xa54ff53a
        var h4: UInt32 = 0x510e527f, h5: UInt32 = 0x9b05688c, h6: UInt32 = 0x1f83d9ab, h7: UInt32 = 0x5be0cd19
        @inline(__always) func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
            k.withUnsafeBufferPointer { k in
                data.withUnsafeBufferPointer { d in
                    var chunk = 0
                    while chunk < padded {
                        for t in 0..<16 {
                            let b = chunk + t * 4
                            w[t] = UInt32(d[b]) << 24 | UInt32(d[b + 1]) << 16 | UInt32(d[b + 2]) << 8 | UInt32(d[b + 3])
                        }
                        for t in 16..<64 {
                            let s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3)
                            let s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10)
                            w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
                        }
                        var a = h0, b = h1, c = h2, dd = h3, e = h4, f = h5, g = h6, hh = h7
                        for t in 0..<64 {
                            let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
                            let ch = (e & f) ^ (~e & g)
                            let t1 = hh &+ s1 &+ ch &+ k[t] &+ w[t]
                            let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
                            let maj = (a & b) ^ (a & c) ^ (b & c)
                            hh = g; g = f; f = e; e = dd &+ t1; dd = c; c = b; b = a; a = t1 &+ s0 &+ maj
                        }
                        h0 = h0 &+ a; h1 = h1 &+ b; h2 = h2 &+ c; h3 = h3 &+ dd
                        h4 = h4 &+ e; h5 = h5 &+ f; h6 = h6 &+ g; h7 = h7 &+ hh
                        chunk += 64
                    }
                }
            }
        }
        var out = [UInt8](repeating: 0, count: 32)
        for (i, v) in [h0, h1, h2, h3, h4, h5, h6, h7].enumerated() {
            out[i * 4] = UInt8(truncatingIfNeeded: v >> 24)
            out[i * 4 + 1] = UInt8(truncatingIfNeeded: v >> 16)
            out[i * 4 + 2] = UInt8(truncatingIfNeeded: v >> 8)
            out[i * 4 + 3] = UInt8(truncatingIfNeeded: v)
        }
        return out
    }
}
