import GRDB
import GRDBSQLite

/// Binds and steps a prepared INSERT through SQLite's C API: the ingest writer runs one per row, and
/// building GRDB's `StatementArguments` (an array of existentials) cost more than SQLite's own work.
struct RowWriter {
    /// Held so SQLite's statement lives as long as this writer.
    private let owner: Statement
    private let statement: SQLiteStatement
    private var index: Int32 = 0

    /// Wraps a statement prepared on the writer's connection.
    init(_ statement: Statement) {
        owner = statement
        self.statement = statement.sqliteStatement
    }

    /// SQLite copies the bytes it is given (they are Swift strings that may move).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    mutating func text(_ value: String) {
        index += 1
        var value = value
        value.withUTF8 { buf in
            if let base = buf.baseAddress, buf.count > 0 {
                _ = sqlite3_bind_text(statement, index, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self),
                                      Int32(buf.count), RowWriter.transient)
            } else {
                _ = sqlite3_bind_text(statement, index, "", 0, RowWriter.transient)
            }
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
        let code = sqlite3_step(statement)
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
        index = 0
        if code != SQLITE_DONE && code != SQLITE_ROW {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
    }
}
