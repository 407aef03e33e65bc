import Foundation
import GRDB
import Parley

/// Parley's corpus: an embedded SQLite file holding articles, every layer of their documents,
/// their events and the incidents merged from them.
///
/// ```swift
/// let store = try Store(path: "parley.sqlite")
/// _ = try store.add(document, hash: ContentHash.of(text: document.text, published: nil))
/// try store.merge()
/// ```
public struct Store: Sendable {
    let writer: any DatabaseWriter
    /// The file the store lives in, for error messages.
    public let path: String

    /// Opens (and creates or upgrades, unless `readOnly`) the store in a file.
    ///
    /// Throws a `.storeFailure` ``ParleyError`` naming the file for a file that is not SQLite,
    /// a SQLite file of another program, a store written by a newer Parley, or one that cannot be written.
    public init(path: String, readOnly: Bool = false) throws(ParleyError) {
        try self.init(path: path, readOnly: readOnly, maxPageCount: nil)
    }

    /// `maxPageCount` caps the file's size in pages, so tests can meet a full disk.
    init(path: String, readOnly: Bool, maxPageCount: Int?) throws(ParleyError) {
        self.path = path
        let exists = FileManager.default.fileExists(atPath: path)
        if readOnly && !exists {
            throw ParleyError(.storeFailure, input: path, problem: "no such store",
                              fix: "run 'parley ingest FILES --store \(path)' first, or pass --store with an existing store")
        }
        if exists { try Store.checkHeader(path) }
        var config = Configuration()
        config.readonly = readOnly
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in
            // WAL with synchronous NORMAL: a commit survives a crash or kill -9 of the process.
            if !db.configuration.readonly {
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                // Ingest inserts into a score of indexes in key order, not row order: with SQLite's
                // 2 MB default page cache the writer re-read index pages from the OS for most rows.
                try db.execute(sql: "PRAGMA cache_size = -32768; PRAGMA temp_store = MEMORY")
            }
            if let maxPageCount {
                _ = try Row.fetchOne(db, sql: "PRAGMA max_page_count = \(maxPageCount)")
            }
        }
        do {
            writer = try DatabasePool(path: path, configuration: config)
        } catch {
            throw Store.failure(error, path: path)
        }
        try checkIdentity(readOnly: readOnly)
        if !readOnly {
            do {
                try Store.migrator.migrate(writer)
                // A bulk load killed before its merge left its indexes set aside.
                try writer.write { try Store.restoreIndexes($0) }
                // A load killed before its merge left incident ids that name nothing yet.
                try writer.write { try Store.forgetProvisionalIncidents($0) }
            } catch {
                throw Store.failure(error, path: path)
            }
        }
    }

    /// Runs a read.
    func read<T>(_ body: (Database) throws -> T) throws(ParleyError) -> T {
        do {
            return try writer.read(body)
        } catch let e as ParleyError {
            throw e
        } catch {
            throw Store.failure(error, path: path)
        }
    }

    /// Runs a write in one transaction: all of it is committed, or none.
    func write<T>(_ body: (Database) throws -> T) throws(ParleyError) -> T {
        do {
            return try writer.write(body)
        } catch let e as ParleyError {
            throw e
        } catch {
            throw Store.failure(error, path: path)
        }
    }

    /// The size of the store's files (database and write-ahead log) in bytes.
    public func fileBytes() -> Int {
        var total = 0
        for suffix in ["", "-wal"] {
            let size = (try? FileManager.default.attributesOfItem(atPath: path + suffix))?[.size] as? Int
            total += size ?? 0
        }
        return total
    }

    /// Refuses a non-empty file that does not start with SQLite's header.
    private static func checkHeader(_ path: String) throws(ParleyError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ParleyError(.storeFailure, input: path, problem: "cannot be read",
                              fix: "check its permissions, or pass --store with another file")
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 16)) ?? Data()
        if head.isEmpty { return }
        if head != Data("SQLite format 3\0".utf8) {
            throw ParleyError(.storeFailure, input: path, problem: "is not a SQLite database, so not a Parley store",
                              fix: "pass --store with a Parley store, or a new file name to create one")
        }
    }

    /// Refuses a SQLite file written by another program or by a newer Parley.
    private func checkIdentity(readOnly: Bool) throws(ParleyError) {
        let (appID, version, tables) = try read { db in
            (try Int.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
             try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'") ?? 0)
        }
        if appID != Store.applicationID && (tables > 0 || appID != 0) {
            throw ParleyError(.storeFailure, input: path, problem: "is a SQLite database of another program, not a Parley store",
                              fix: "pass --store with a Parley store, or a new file name to create one")
        }
        if version > Store.schemaVersion {
            throw ParleyError(.storeFailure, input: path,
                              problem: "was written by a newer Parley (schema \(version); this Parley reads up to \(Store.schemaVersion))",
                              fix: "upgrade Parley, or pass --store with another file")
        }
        if readOnly && version == 0 {
            throw ParleyError(.storeFailure, input: path, problem: "holds no Parley corpus yet (schema \(version))",
                              fix: "run 'parley ingest FILES --store \(path)' first")
        }
        // Schema 1 differs from 2 only in what may be written (document blocks), so it reads as it is.
    }
}
