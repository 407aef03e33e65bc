import GRDB
import Parley

extension Store {
    /// Recomputes the incidents of every merge key that has reports not yet merged, in one transaction,
    /// then refreshes the per-actor and per-pair counts of what changed (``refreshStats(_:)``).
    ///
    /// Incidents never span merge keys, so recomputing a key from all its reports gives exactly what a
    /// full recompute would: the same incidents whatever the order articles came in. Reports left
    /// unmerged by an interrupted ingest are picked up by the next one. Returns the number of keys merged.
    @discardableResult
    public func merge() throws(ParleyError) -> Int {
        try write { db in
            // Every report of every key with an unmerged report, in one pass, grouped by key.
            let rows = try Row.fetchCursor(db, sql: """
                SELECT id, key, article_id, date_first, date_last, merge_key, incident_id FROM events
                WHERE merge_key IN (SELECT merge_key FROM events WHERE incident_id IS NULL)
                ORDER BY merge_key
                """)
            var byKey: [(key: String, reports: [IncidentMerger.Report], old: [Int64: String])] = []
            while let row = try rows.next() {
                let mergeKey: String = row[5]
                if byKey.last?.key != mergeKey { byKey.append((mergeKey, [], [:])) }
                let first: Int? = row[3], last: Int? = row[4]
                let interval = first.flatMap { f in last.map { TimexInterval(first: f, last: $0) } }
                let id: Int64 = row[0]
                byKey[byKey.count - 1].reports.append(IncidentMerger.Report(rowID: id, key: row[1], articleID: row[2], interval: interval))
                if let old: String = row[6] { byKey[byKey.count - 1].old[id] = old }
            }
            // Bound through SQLite's C API (``RowWriter``): one of each per report.
            var dropIncidents = RowWriter(try db.makeStatement(sql: "DELETE FROM incidents WHERE merge_key = ?"))
            var addIncident = RowWriter(try db.makeStatement(sql: """
                INSERT INTO incidents(id, merge_key, type, date_first, date_last, num_reports, num_articles) VALUES (?, ?, ?, ?, ?, ?, ?)
                """))
            var setIncident = RowWriter(try db.makeStatement(sql: "UPDATE events SET incident_id = ? WHERE id = ?"))
            var addReport = RowWriter(try db.makeStatement(sql: "INSERT INTO incident_reports(incident_id, event_id) VALUES (?, ?)"))
            for (mergeKey, reports, old) in byKey {
                if !old.isEmpty {  // cascades to incident_reports
                    dropIncidents.text(mergeKey)
                    try dropIncidents.step(db)
                }
                let type = mergeKey.split(separator: "|").first.map(String.init) ?? ""
                for group in IncidentMerger.components(reports) {
                    let id = "inc-" + ContentHash.hex(Array(ContentHash.sha256(Array(group[0].key.utf8)).prefix(8)))
                    let intervals = group.compactMap(\.interval)
                    addIncident.text(id); addIncident.text(mergeKey); addIncident.text(type)
                    addIncident.int(intervals.map(\.first).min()); addIncident.int(intervals.map(\.last).max())
                    addIncident.int(group.count); addIncident.int(group.count == 1 ? 1 : Set(group.map(\.articleID)).count)
                    try addIncident.step(db)
                    for r in group {
                        // Only reports whose incident changed are rewritten.
                        if old[r.rowID] != id {
                            setIncident.text(id); setIncident.int(r.rowID)
                            try setIncident.step(db)
                        }
                        addReport.text(id); addReport.int(r.rowID)
                        try addReport.step(db)
                    }
                }
            }
            // After the incidents (fewer indexes to keep up), before the counts (whose grouping needs them).
            try Store.restoreIndexes(db)
            try Store.refreshStats(db)
            return byKey.count
        }
    }

    /// Every incident as (incident id, sorted report keys), sorted: what two stores compare to agree.
    public func incidentReports() throws(ParleyError) -> [String: [String]] {
        try read { db in
            var out: [String: [String]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT r.incident_id AS incident, e.key AS key FROM incident_reports r JOIN events e ON e.id = r.event_id
                ORDER BY r.incident_id, e.key
                """) {
                out[row["incident"], default: []].append(row["key"])
            }
            return out
        }
    }
}
