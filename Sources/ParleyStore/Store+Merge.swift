import GRDB
import Parley

extension Store {
    /// Recomputes the incidents of every merge key that has reports not yet merged, in one transaction.
    ///
    /// Incidents never span merge keys, so recomputing a key from all its reports gives exactly what a
    /// full recompute would: the same incidents whatever the order articles came in. Reports left
    /// unmerged by an interrupted ingest are picked up by the next one. Returns the number of keys merged.
    @discardableResult
    public func merge() throws(ParleyError) -> Int {
        try write { db in
            let keys = try String.fetchAll(db, sql: "SELECT DISTINCT merge_key FROM events WHERE incident_id IS NULL ORDER BY merge_key")
            let reportsOf = try db.makeStatement(sql: "SELECT id, key, article_id, date_first, date_last FROM events WHERE merge_key = ?")
            let dropIncidents = try db.makeStatement(sql: "DELETE FROM incidents WHERE merge_key = ?")
            let setIncident = try db.makeStatement(sql: "UPDATE events SET incident_id = ? WHERE id = ?")
            let addReport = try db.makeStatement(sql: "INSERT INTO incident_reports(incident_id, event_id) VALUES (?, ?)")
            for mergeKey in keys {
                let reports = try Row.fetchAll(reportsOf, arguments: [mergeKey]).map { row -> IncidentMerger.Report in
                    let first: Int? = row["date_first"], last: Int? = row["date_last"]
                    let interval = first.flatMap { f in last.map { TimexInterval(first: f, last: $0) } }
                    return IncidentMerger.Report(rowID: row["id"], key: row["key"], articleID: row["article_id"], interval: interval)
                }
                try dropIncidents.execute(arguments: [mergeKey])  // cascades to incident_reports
                let type = mergeKey.split(separator: "|").first.map(String.init) ?? ""
                for group in IncidentMerger.components(reports) {
                    let id = "inc-" + ContentHash.hex(Array(ContentHash.sha256(Array(group[0].key.utf8)).prefix(8)))
                    let intervals = group.compactMap(\.interval)
                    try IncidentRow(id: id, mergeKey: mergeKey, type: type,
                                    dateFirst: intervals.map(\.first).min(), dateLast: intervals.map(\.last).max(),
                                    numReports: group.count, numArticles: Set(group.map(\.articleID)).count).insert(db)
                    for r in group {
                        try setIncident.execute(arguments: [id, r.rowID])
                        try addReport.execute(arguments: [id, r.rowID])
                    }
                }
            }
            return keys.count
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
