import GRDB
import Parley

/// Secondary indexes set aside during a bulk load.
///
/// Every event row otherwise goes into ten B-trees, each in an order of its own; building an index
/// once over all rows (a sort) costs a fraction of that. A bulk load drops these indexes, keeping
/// their SQL in `deferred_indexes` in the same transaction, and ``merge()`` rebuilds them, so a
/// kill in between leaves the SQL behind and the next writable open or merge rebuilds them. Queries
/// stay correct without them, only slower. The SQL is read from the schema itself, so indexes
/// changed by later migrations come back as they were.
extension Store {
    /// The indexes a bulk load may set aside: none is unique or used while inserting.
    static let deferrableIndexes = [
        "events_article", "events_status", "events_merge_key", "events_incident", "events_by_date", "events_by_date_desc",
        "events_by_type", "events_date", "actors_article", "actors_name_key", "event_actors_name_key", "event_actors_country",
        "event_topics_topic",
    ]

    /// Sets the secondary indexes aside until the next ``merge()``; for an ingest that adds at least as many
    /// articles as the store holds.
    public func deferIndexes() throws(ParleyError) {
        try write { db in
            try db.execute(sql: "CREATE TABLE IF NOT EXISTS deferred_indexes(name TEXT PRIMARY KEY, sql TEXT NOT NULL) WITHOUT ROWID")
            let names = Store.deferrableIndexes.map { "'\($0)'" }.joined(separator: ",")
            let rows = try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND name IN (\(names))")
            for row in rows {
                let name: String = row[0], sql: String = row[1]
                try db.execute(sql: "INSERT OR REPLACE INTO deferred_indexes(name, sql) VALUES (?, ?)", arguments: [name, sql])
                try db.execute(sql: "DROP INDEX \"\(name)\"")
            }
        }
    }

    /// Rebuilds the indexes a bulk load set aside, if any.
    static func restoreIndexes(_ db: Database) throws {
        while try restoreNextIndex(db) {}
    }

    /// Rebuilds one index a bulk load set aside; false when none is left (and the list is gone).
    static func restoreNextIndex(_ db: Database) throws -> Bool {
        guard try db.tableExists("deferred_indexes") else { return false }
        guard let row = try Row.fetchOne(db, sql: "SELECT name, sql FROM deferred_indexes ORDER BY name LIMIT 1") else {
            try db.execute(sql: "DROP TABLE deferred_indexes")
            return false
        }
        let name: String = row[0], sql: String = row[1]
        if try !(Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?)", arguments: [name]) ?? false) {
            try db.execute(sql: sql)
        }
        try db.execute(sql: "DELETE FROM deferred_indexes WHERE name = ?", arguments: [name])
        return true
    }
}
