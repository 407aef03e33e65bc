import GRDB
import GRDBSQLite

/// Binds and steps a prepared INSERT through SQLite's C API: the ingest writer runs one per row, and
/// building GRDB's `StatementArguments` (an array of existentials) cost more than SQLite's own work.
///
/// Text values are copied into one buffer of the writer's own and bound without a copy of SQLite's
/// (`SQLITE_STATIC`) only while the row is stepped: SQLite's own copy of each value (a malloc, a copy
/// and a free, each under its memory-statistics mutex) took about a fifth of the writer's samples.
struct RowWriter {
    /// Held so SQLite's statement lives as long as this writer.
    private let owner: Statement
    private let statement: SQLiteStatement
    private var index: Int32 = 0
    /// The UTF-8 of the row's text values and the bytes of its blobs, and where each one goes.
    private var bytes: [UInt8] = []
    private var texts: [(parameter: Int32, offset: Int, count: Int, blob: Bool)] = []

    /// Wraps a statement prepared on the writer's connection.
    init(_ statement: Statement) {
        owner = statement
        self.statement = statement.sqliteStatement
    }

    /// SQLite copies the bytes it is given.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    mutating func text(_ value: String) {
        index += 1
        let offset = bytes.count
        // a native string lends its UTF-8 without a copy of the string
        if value.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
            var copy = value
            copy.withUTF8 { bytes.append(contentsOf: $0) }
        }
        if bytes.count == offset {
            // an empty text needs a pointer that outlives the call, which a literal's is not
            _ = sqlite3_bind_text(statement, index, "", 0, RowWriter.transient)
        } else {
            texts.append((index, offset, bytes.count - offset, false))
        }
    }

    mutating func blob(_ value: [UInt8]) {
        index += 1
        let offset = bytes.count
        bytes.append(contentsOf: value)
        if value.isEmpty {
            _ = sqlite3_bind_zeroblob(statement, index, 0)
        } else {
            texts.append((index, offset, value.count, true))
        }
    }

    mutating func text(_ value: String?) {
        if let value { text(value) } else { null() }
    }

    mutating func int(_ value: Int) {
        index += 1
        _ = sqlite3_bind_int64(statement, index, Int64(value))
    }

    mutating func int(_ value: Int64) {
        index += 1
        _ = sqlite3_bind_int64(statement, index, value)
    }

    mutating func int(_ value: Int?) {
        if let value { int(value) } else { null() }
    }

    mutating func real(_ value: Double) {
        index += 1
        _ = sqlite3_bind_double(statement, index, value)
    }

    mutating func real(_ value: Double?) {
        if let value { real(value) } else { null() }
    }

    mutating func null() {
        index += 1
        _ = sqlite3_bind_null(statement, index)
    }

    /// Runs the statement with the values bound, then readies it for the next row.
    mutating func step(_ db: Database) throws {
        let code: Int32 = bytes.withUnsafeBufferPointer { buffer in
            if let base = buffer.baseAddress {
                let raw = UnsafeRawPointer(base)
                for t in texts {
                    // SQLITE_STATIC: the bytes stay put until the bindings are cleared below
                    if t.blob {
                        _ = sqlite3_bind_blob(statement, t.parameter, raw + t.offset, Int32(t.count), nil)
                    } else {
                        _ = sqlite3_bind_text(statement, t.parameter, (raw + t.offset).assumingMemoryBound(to: CChar.self), Int32(t.count), nil)
                    }
                }
            }
            let code = sqlite3_step(statement)
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
            return code
        }
        bytes.removeAll(keepingCapacity: true)
        texts.removeAll(keepingCapacity: true)
        index = 0
        if code != SQLITE_DONE && code != SQLITE_ROW {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
    }
}
