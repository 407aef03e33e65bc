import GRDB

/// How an article's document JSON is kept in `articles.document`.
///
/// Parley writes a BLOB: one format byte (1: an ``LZ4Block``), the JSON's length in four bytes,
/// little-endian, then the block. Stores written before schema 2 hold the JSON itself as TEXT, and
/// both read the same: ``json(_:)`` takes either.
enum StoredDocument {
    static let lz4Format: UInt8 = 1

    /// The BLOB of a document JSON.
    static func blob(json: [UInt8]) -> [UInt8] {
        let n = UInt32(json.count)
        return LZ4Block.compress(json, after: [lz4Format, UInt8(n & 0xFF), UInt8(n >> 8 & 0xFF), UInt8(n >> 16 & 0xFF), UInt8(n >> 24)])
    }

    /// The document JSON a column value holds: TEXT as it is, a BLOB decoded.
    static func json(_ value: DatabaseValue) throws -> String {
        switch value.storage {
        case .string(let s):
            return s
        case .blob(let data):
            return try data.withUnsafeBytes { raw throws -> String in
                guard raw.count >= 5, raw[0] == lz4Format else {
                    throw LZ4Block.DecodingError(problem: "unknown document format")
                }
                let count = Int(raw[1]) | Int(raw[2]) << 8 | Int(raw[3]) << 16 | Int(raw[4]) << 24
                let bytes = try LZ4Block.decompress(UnsafeRawBufferPointer(rebasing: raw[5...]), count: count)
                return String(decoding: bytes, as: UTF8.self)
            }
        default:
            throw LZ4Block.DecodingError(problem: "the document is neither text nor a block")
        }
    }
}
