/// The LZ4 block format (lz4.org's "LZ4 Block Format Description"), written here: a fast byte-wise
/// LZ77 that the store applies to each article's document JSON.
///
/// A document JSON repeats its keys and values ("type":"PERSON", "actor":null, …), so it shrinks to
/// about a third; writing a third of the bytes through SQLite's pages and log was most of what the
/// document cost the ingest writer. Blocks are standard, so `lz4.block.decompress` (Python) or any
/// LZ4 library reads them too, given the uncompressed size the store keeps beside each block.
public enum LZ4Block {
    /// A block that does not decode to the size it should.
    public struct DecodingError: Error, Sendable, Hashable, CustomStringConvertible {
        public var problem: String
        public var description: String { "malformed LZ4 block: " + problem }
    }

    /// Bits of the match finder's hash table: 4,096 entries, 16 KB, cleared once per block.
    private static let hashBits = 12
    /// A match is at least this long.
    private static let minMatch = 4
    /// The format's end rules: the last 5 bytes are literals, and no match starts in the last 12.
    private static let lastLiterals = 5
    private static let matchStartLimit = 12
    /// The farthest back a match may reach (offsets are two bytes).
    private static let maxOffset = 65_535

    /// The largest block `count` input bytes can become (incompressible input, all literals).
    public static func bound(_ count: Int) -> Int { count + count / 255 + 16 }

    /// Compresses `input` into one block, written after `header`.
    public static func compress(_ input: [UInt8], after header: [UInt8] = []) -> [UInt8] {
        input.withUnsafeBytes { compress($0, after: header) }
    }

    /// Compresses raw bytes into one block, after `header`: greedy matching over a hash of each 4-byte
    /// sequence, stepping faster through input that finds no matches.
    public static func compress(_ input: UnsafeRawBufferPointer, after header: [UInt8] = []) -> [UInt8] {
        let n = input.count
        return [UInt8](unsafeUninitializedCapacity: header.count + bound(n)) { whole, written in
            for (i, b) in header.enumerated() { whole[i] = b }
            let out = UnsafeMutableBufferPointer(rebasing: whole[header.count...])
            guard let src = input.baseAddress, let dst = out.baseAddress else {
                // Empty input: one token saying no literals.
                out[0] = 0
                written = header.count + 1
                return
            }
            var op = 0
            var anchor = 0
            if n >= matchStartLimit + 1 {
                var table = [Int32](repeating: 0, count: 1 << hashBits)
                table.withUnsafeMutableBufferPointer { t in
                    let limit = n - matchStartLimit
                    let matchEndLimit = n - lastLiterals
                    @inline(__always) func word(_ i: Int) -> UInt32 { src.loadUnaligned(fromByteOffset: i, as: UInt32.self) }
                    @inline(__always) func slot(_ v: UInt32) -> Int { Int((v &* 2_654_435_761) >> UInt32(32 - hashBits)) }
                    var ip = 1
                    t[slot(word(0))] = 0
                    search: while ip <= limit {
                        // Find a match: the last position with the same hash, checked byte for byte.
                        var misses = 1 << 6
                        var ref = 0
                        while true {
                            let v = word(ip)
                            let h = slot(v)
                            ref = Int(t[h])
                            t[h] = Int32(ip)
                            if ip - ref <= maxOffset && ref < ip && word(ref) == v { break }
                            ip += misses >> 6
                            misses += 1
                            if ip > limit { break search }
                        }
                        // Extend it backwards over literals not yet written, then forwards.
                        while ip > anchor && ref > 0 && src.load(fromByteOffset: ip - 1, as: UInt8.self) == src.load(fromByteOffset: ref - 1, as: UInt8.self) {
                            ip -= 1
                            ref -= 1
                        }
                        var length = minMatch
                        // eight bytes at a time: the first differing byte is the lowest set byte of the XOR
                        var differs = false
                        while ip + length + 8 <= matchEndLimit {
                            let x = UInt64(littleEndian: src.loadUnaligned(fromByteOffset: ip + length, as: UInt64.self))
                                ^ UInt64(littleEndian: src.loadUnaligned(fromByteOffset: ref + length, as: UInt64.self))
                            if x != 0 {
                                length += x.trailingZeroBitCount >> 3
                                differs = true
                                break
                            }
                            length += 8
                        }
                        while !differs && ip + length < matchEndLimit
                                && src.load(fromByteOffset: ip + length, as: UInt8.self) == src.load(fromByteOffset: ref + length, as: UInt8.self) {
                            length += 1
                        }
                        op = sequence(dst, op, literals: src + anchor, count: ip - anchor, offset: ip - ref, match: length)
                        ip += length
                        anchor = ip
                        if ip <= limit { t[slot(word(ip - 2))] = Int32(ip - 2) }
                    }
                }
            }
            op = sequence(dst, op, literals: src + anchor, count: n - anchor, offset: 0, match: 0)
            written = header.count + op
        }
    }

    /// Writes one sequence (token, literals, and unless `match` is 0 the offset and match length) at `op`.
    @inline(__always)
    private static func sequence(_ dst: UnsafeMutablePointer<UInt8>, _ op: Int, literals: UnsafeRawPointer, count: Int,
                                 offset: Int, match: Int) -> Int {
        var op = op
        let extra = match == 0 ? 0 : match - minMatch
        let token = op
        dst[token] = UInt8(min(count, 15) << 4) | UInt8(match == 0 ? 0 : min(extra, 15))
        op += 1
        if count >= 15 { op = length(dst, op, count - 15) }
        (dst + op).update(from: literals.assumingMemoryBound(to: UInt8.self), count: count)
        op += count
        guard match != 0 else { return op }
        dst[op] = UInt8(offset & 0xFF)
        dst[op + 1] = UInt8(offset >> 8)
        op += 2
        if extra >= 15 { op = length(dst, op, extra - 15) }
        return op
    }

    /// A length past its token's 15: bytes of 255 and a last byte under 255.
    @inline(__always)
    private static func length(_ dst: UnsafeMutablePointer<UInt8>, _ op: Int, _ value: Int) -> Int {
        var op = op, rest = value
        while rest >= 255 {
            dst[op] = 255
            op += 1
            rest -= 255
        }
        dst[op] = UInt8(rest)
        return op + 1
    }

    /// Decodes a block that must come to exactly `count` bytes; checks every length and offset, so a
    /// damaged block is an error, never a read or write out of bounds.
    public static func decompress(_ block: UnsafeRawBufferPointer, count: Int) throws(DecodingError) -> [UInt8] {
        guard count >= 0 else { throw DecodingError(problem: "negative size") }
        var failure: DecodingError?
        let out = [UInt8](unsafeUninitializedCapacity: count) { dst, written in
            written = 0
            let m = block.count
            var ip = 0, op = 0
            func fail(_ problem: String) { failure = DecodingError(problem: problem) }
            func readLength(_ base: Int) -> Int? {
                var value = base
                guard base == 15 else { return value }
                while true {
                    guard ip < m else { return nil }
                    let b = Int(block[ip])
                    ip += 1
                    value += b
                    if value > count { return nil }
                    if b != 255 { return value }
                }
            }
            while true {
                guard ip < m else { fail("ends before its last sequence"); return }
                let token = Int(block[ip])
                ip += 1
                guard let literals = readLength(token >> 4), literals <= m - ip, literals <= count - op else {
                    fail("a literal run overruns the block or the output"); return
                }
                if literals > 0, let d = dst.baseAddress, let s = block.baseAddress {
                    (d + op).update(from: (s + ip).assumingMemoryBound(to: UInt8.self), count: literals)
                }
                ip += literals
                op += literals
                if ip == m { break }
                guard m - ip >= 2 else { fail("a match offset is cut off"); return }
                let offset = Int(block[ip]) | Int(block[ip + 1]) << 8
                ip += 2
                guard offset > 0, offset <= op else { fail("a match reaches before the start"); return }
                guard let extra = readLength(token & 15), extra + minMatch <= count - op else {
                    fail("a match overruns the output"); return
                }
                var from = op - offset
                for _ in 0..<(extra + minMatch) {
                    // byte by byte: a match may overlap the bytes it is making
                    dst[op] = dst[from]
                    op += 1
                    from += 1
                }
            }
            guard op == count else { fail("decodes to \(op) bytes, not \(count)"); return }
            written = op
        }
        if let failure { throw failure }
        return out
    }
}
