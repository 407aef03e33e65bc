import Foundation

extension EntityTagger {
    static let magic = Array("PARLEYNER".utf8)
    static let version: UInt32 = 2

    /// The model's bytes: magic, version, hash width, tag count, scale, transition, start and end
    /// weights, the stored rows (row number and its weights), and a checksum of it all.
    public func serialized() -> [UInt8] {
        let t = EntityTagSet.count
        var out: [UInt8] = EntityTagger.magic
        func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        func f32(_ v: Float) { u32(v.isFinite ? v.bitPattern : Float(0).bitPattern) }
        u32(EntityTagger.version)
        u32(UInt32(bits))
        u32(UInt32(t))
        f32(scale)
        for v in transitions + start + end { f32(v) }
        u32(UInt32(table.rows.count))
        for (i, row) in table.rows.enumerated() {
            u32(UInt32(row))
            out += table.packed[(i * t)..<(i * t + t)].map { UInt8(bitPattern: $0) }
        }
        let sum = FeatureHashing.hash(bytes: out)
        withUnsafeBytes(of: sum.littleEndian) { out.append(contentsOf: $0) }
        return out
    }

    /// Writes the model file.
    public func write(to path: String) throws(ParleyError) {
        guard FileManager.default.createFile(atPath: path, contents: Data(serialized())) else {
            throw ParleyError(.unreadable, input: path, problem: "cannot be written", fix: "check that its folder exists and is writable")
        }
    }

    /// Reads a model file; a missing, truncated, corrupted or foreign file is a clear error.
    public static func load(path: String) throws(ParleyError) -> EntityTagger {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ParleyError(.notFound, input: path, problem: "no such model file", fix: "check the path, or train one with 'parley train ner'")
        }
        return try load(bytes: [UInt8](data), input: path)
    }

    /// Decodes a model from its bytes; `input` names it in errors.
    public static func load(bytes b: [UInt8], input: String) throws(ParleyError) -> EntityTagger {
        func bad(_ problem: String) -> ParleyError {
            ParleyError(.malformedModel, input: input, problem: problem, fix: "retrain it with 'parley train ner', or use the shipped model")
        }
        guard b.count > magic.count + 16, Array(b.prefix(magic.count)) == magic else { throw bad("is not a Parley entity model") }
        let body = b.count - 8
        var stored: UInt64 = 0
        for (i, x) in b.suffix(8).enumerated() { stored |= UInt64(x) << (8 * UInt64(i)) }
        guard FeatureHashing.hash(bytes: b[0..<body]) == stored else { throw bad("is truncated or corrupted (checksum mismatch)") }
        var p = magic.count
        func u32() throws(ParleyError) -> UInt32 {
            guard p + 4 <= body else { throw bad("is truncated") }
            var v: UInt32 = 0
            for i in 0..<4 { v |= UInt32(b[p + i]) << (8 * UInt32(i)) }
            p += 4
            return v
        }
        func f32() throws(ParleyError) -> Float { Float(bitPattern: try u32()) }
        guard try u32() == version else { throw bad("was written by another version of Parley") }
        let bits = Int(try u32()), t = Int(try u32())
        guard (8...24).contains(bits), t == EntityTagSet.count else { throw bad("has an impossible header") }
        let scale = try f32()
        var floats: [Float] = []
        for _ in 0..<(t * t + 2 * t) { floats.append(try f32()) }
        let count = Int(try u32())
        guard count <= 1 << bits, body - p == count * (4 + t) else { throw bad("has a weight table of the wrong length") }
        var rows: [Int] = [], packed: [Int8] = []
        rows.reserveCapacity(count)
        packed.reserveCapacity(count * t)
        for _ in 0..<count {
            let row = Int(try u32())
            guard row < 1 << bits, row > (rows.last ?? -1) else { throw bad("has a weight row out of range or out of order") }
            rows.append(row)
            for k in 0..<t { packed.append(Int8(bitPattern: b[p + k])) }
            p += t
        }
        return EntityTagger(bits: bits, table: WeightTable(bits: bits, rows: rows, packed: packed), scale: scale,
                            transitions: Array(floats[0..<(t * t)]), start: Array(floats[(t * t)..<(t * t + t)]),
                            end: Array(floats[(t * t + t)...]))
    }
}
