import GRDB
import Parley

/// A number that grows whenever anything (this process or another, such as `parley ingest`) commits a write to a store.
///
/// Read from SQLite's `PRAGMA data_version` on a connection of its own that never writes: that value changes
/// exactly when another connection has committed since the last read. Asking costs one statement, microseconds,
/// so a server can key caches on it and check it on every request.
public final class StoreVersion: Sendable {
    private let connection: DatabaseQueue
    private let path: String

    /// Opens a read-only connection to the store's file.
    public init(path: String) throws(ParleyError) {
        self.path = path
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(10)
        config.label = "parley.version"
        do {
            connection = try DatabaseQueue(path: path, configuration: config)
        } catch {
            throw Store.failure(error, path: path)
        }
    }

    /// The current version; equal values mean nothing was committed in between.
    public func current() throws(ParleyError) -> Int {
        do {
            // Outside a transaction on purpose: the pragma opens its own read and sees the latest commit.
            return try connection.inDatabase { db in
                try Int.fetchOne(db.cachedStatement(sql: "PRAGMA data_version")) ?? 0
            }
        } catch {
            throw Store.failure(error, path: path)
        }
    }
}
