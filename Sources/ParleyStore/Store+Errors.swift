import GRDB
import Parley

extension Store {
    /// One line for a SQLite failure: the store file, what went wrong, what to do.
    static func failure(_ error: any Error, path: String) -> ParleyError {
        if let e = error as? ParleyError { return e }
        guard let db = error as? DatabaseError else {
            return ParleyError(.storeFailure, input: path, problem: "\(error)", fix: "please report this")
        }
        switch db.resultCode {
        case .SQLITE_FULL:
            return ParleyError(.storeFailure, input: path, problem: "the disk is full (SQLITE_FULL); every article committed before is kept",
                               fix: "free some disk space, or pass --store with a file on another disk, and run the command again")
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN, .SQLITE_AUTH:
            return ParleyError(.storeFailure, input: path, problem: "cannot be written (read-only file or folder)",
                               fix: "check the permissions of the file and its folder, or pass --store with a writable file")
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return ParleyError(.storeFailure, input: path, problem: "is corrupt or not a SQLite database",
                               fix: "move it away and ingest the articles again into a new store")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return ParleyError(.storeFailure, input: path, problem: "is locked by another process",
                               fix: "wait for the other parley command to finish, then run this one again")
        case .SQLITE_IOERR:
            return ParleyError(.storeFailure, input: path, problem: "a disk read or write failed (\(db.message ?? "I/O error"))",
                               fix: "check the disk and free space, then run the command again")
        default:
            return ParleyError(.storeFailure, input: path, problem: "SQLite failed: \(db.message ?? "\(db.resultCode)")",
                               fix: "check the file, or pass --store with another one; report it if it persists")
        }
    }
}
