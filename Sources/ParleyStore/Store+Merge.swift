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
            // Work out every write first, then make each kind in the order of the B-tree it goes into
            // (incidents and reports by incident id, events by row id): sequential writes, not random ones.
            var dropped: [String] = []
            var incidents: [(id: String, mergeKey: String, type: String, first: Int?, last: Int?, reports: Int, articles: Int)] = []
            var links: [(incident: String, event: Int64)] = []
            var moved: [(event: Int64, incident: String)] = []
            for (mergeKey, reports, old) in byKey {
                if !old.isEmpty { dropped.append(mergeKey) }
                let type = mergeKey.split(separator: "|").first.map(String.init) ?? ""
                for group in IncidentMerger.components(reports) {
                    let id = "inc-" + ContentHash.hex(Array(ContentHash.sha256(Array(group[0].key.utf8)).prefix(8)))
                    let intervals = group.compactMap(\.interval)
                    incidents.append((id, mergeKey, type, intervals.map(\.first).min(), intervals.map(\.last).max(), group.count,
                                      group.count == 1 ? 1 : Set(group.map(\.articleID)).count))
                    for r in group {
                        // Only reports whose incident changed are rewritten.
                        if old[r.rowID] != id { moved.append((r.rowID, id)) }
                        links.append((id, r.rowID))
                    }
                }
            }
            // Bound through SQLite's C API (``RowWriter``): one of each per report.
            var dropIncidents = RowWriter(try db.makeStatement(sql: "DELETE FROM incidents WHERE merge_key = ?"))
            for mergeKey in dropped {  // cascades to incident_reports
                dropIncidents.text(mergeKey)
                try dropIncidents.step(db)
            }
            var addIncident = RowWriter(try db.makeStatement(sql: """
                INSERT INTO incidents(id, merge_key, type, date_first, date_last, num_reports, num_articles) VALUES (?, ?, ?, ?, ?, ?, ?)
                """))
            for i in incidents.sorted(by: { $0.id < $1.id }) {
                addIncident.text(i.id); addIncident.text(i.mergeKey); addIncident.text(i.type); addIncident.int(i.first)
                addIncident.int(i.last); addIncident.int(i.reports); addIncident.int(i.articles)
                try addIncident.step(db)
            }
            var setIncident = RowWriter(try db.makeStatement(sql: "UPDATE events SET incident_id = ? WHERE id = ?"))
            for m in moved.sorted(by: { $0.event < $1.event }) {
                setIncident.text(m.incident); setIncident.int(m.event)
                try setIncident.step(db)
            }
            var addReport = RowWriter(try db.makeStatement(sql: "INSERT INTO incident_reports(incident_id, event_id) VALUES (?, ?)"))
            for l in links.sorted(by: { ($0.incident, $0.event) < ($1.incident, $1.event) }) {
                addReport.text(l.incident); addReport.int(l.event)
                try addReport.step(db)
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
