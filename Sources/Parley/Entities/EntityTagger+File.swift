import Foundation

extension EntityTagger {
    static let magic = Array("PARLEYNER".utf8)
    static let version: UInt32 = 1

    /// Writes the model: magic, version, tag names, keys, scales, weights, and a checksum of it all.
    public func write(to path: String) throws(ParleyError) {
        var out: [UInt8] = EntityTagger.magic
        func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        u32(EntityTagger.version)
        u32(UInt32(tags.count))
        for t in tags { let b = Array(t.utf8); u32(UInt32(b.count)); out += b }
        let keys = table.orderedKeys
        u32(UInt32(keys.count))
        for k in keys { u32(k) }
        for s in scales { u32(s.bitPattern) }
        out += weights.map { UInt8(bitPattern: $0) }
        let sum = FeatureHashing.hash(bytes: out)
        withUnsafeBytes(of: sum.littleEndian) { out.append(contentsOf: $0) }
        guard FileManager.default.createFile(atPath: path, contents: Data(out)) else {
            throw ParleyError(.unreadable, input: path, problem: "cannot be written", fix: "check that its folder exists and is writable")
        }
    }

    /// Reads a model file; a missing, truncated, corrupted or foreign file is a clear error.
    public static func load(path: String) throws(ParleyError) -> EntityTagger {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ParleyError(.notFound, input: path, problem: "no such model file", fix: "check the path, or train one with 'parley train ner'")
        }
        let b = [UInt8](data)
        func bad(_ problem: String) -> ParleyError {
            ParleyError(.malformedModel, input: path, problem: problem, fix: "retrain it with 'parley train ner', or use the shipped model")
        }
        guard b.count > magic.count + 16, Array(b.prefix(magic.count)) == magic else { throw bad("is not a Parley entity model") }
        let body = b.dropLast(8)
        var stored: UInt64 = 0
        for (i, x) in b.suffix(8).enumerated() { stored |= UInt64(x) << (8 * UInt64(i)) }
        guard FeatureHashing.hash(bytes: body) == stored else { throw bad("is truncated or corrupted (checksum mismatch)") }
        var p = magic.count
        func u32() throws(ParleyError) -> UInt32 {
            guard p + 4 <= body.count else { throw bad("is truncated") }
            var v: UInt32 = 0
            for i in 0..<4 { v |= UInt32(b[p + i]) << (8 * UInt32(i)) }
            p += 4
            return v
        }
        guard try u32() == version else { throw bad("was written by another version of Parley") }
        let nTags = Int(try u32())
        guard nTags > 0 && nTags < 64 else { throw bad("has an impossible tag count") }
        var tags: [String] = []
        for _ in 0..<nTags {
            let len = Int(try u32())
            guard p + len <= body.count else { throw bad("is truncated") }
            tags.append(String(decoding: b[p..<(p + len)], as: UTF8.self))
            p += len
        }
        let nKeys = Int(try u32())
        guard p + nKeys * (8 + nTags) <= body.count else { throw bad("is truncated") }
        var keys = [UInt32](repeating: 0, count: nKeys), scales = [Float](repeating: 0, count: nKeys)
        for i in 0..<nKeys { keys[i] = try u32() }
        for i in 0..<nKeys { scales[i] = Float(bitPattern: try u32()) }
        let weights = b[p..<(p + nKeys * nTags)].map { Int8(bitPattern: $0) }
        return EntityTagger(tags: tags, keys: keys, weights: weights, scales: scales)
    }
}

extension FeatureTable {
    /// The keys in row order.
    var orderedKeys: [UInt32] {
        var out = [UInt32](repeating: 0, count: rows.filter { $0 >= 0 }.count)
        for i in rows.indices where rows[i] >= 0 { out[Int(rows[i])] = slots[i] }
        return out
    }
}
