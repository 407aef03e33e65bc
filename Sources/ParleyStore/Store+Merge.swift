import GRDB
import Parley

extension Store {
    /// Recomputes the incidents of every merge key that has reports not yet merged, in one transaction,
    /// then refreshes the per-actor and per-pair counts of what changed (``refreshStats(_:)``).
    ///
    /// Incidents never span merge keys, so recomputing a key from all its reports gives exactly what a
    /// full recompute would: the same incidents whatever the order articles came in. Reports left
    /// unmerged (written by ``add(articles:ingestedAt:)``, or by an older Parley) are picked up here.
    /// Returns the number of keys merged.
    @discardableResult
    public func merge() throws(ParleyError) -> Int {
        try write { db in try Store.mergeAndCount(db, tally: nil) }
    }

    /// Merges the reports not yet merged, rebuilds the indexes a bulk load set aside, and brings the
    /// counts up to date: by adding `tally` (what an ingest's articles add, when the counts covered
    /// every article before them), else by recomputing them from the rows. Returns the keys merged.
    static func mergeAndCount(_ db: Database, tally: CountTally?) throws -> Int {
        var counts = tally
        let merged = try mergeUnmerged(db, tally: &counts)
        // After the incidents (fewer indexes to keep up), before the counts (whose grouping needs them).
        try restoreIndexes(db)
        try writeCounts(db, tally: counts)
        return merged
    }

    /// Brings the counts up to date: adds `tally` when given, else recomputes them from the rows.
    static func writeCounts(_ db: Database, tally: CountTally?) throws {
        if let tally {
            try tally.write(db)
            try db.execute(sql: "UPDATE stats_state SET last_article = (SELECT IFNULL(MAX(id), 0) FROM articles)")
        } else {
            try refreshStats(db)
        }
    }

    /// Recomputes every merge key with a report not yet merged; returns how many. `tally` takes the
    /// change in each actor pair's incidents.
    static func mergeUnmerged(_ db: Database, tally: inout CountTally?) throws -> Int {
        try forgetProvisionalIncidents(db)
        // Every report of every key with an unmerged report, in one pass, grouped by key.
        let rows = try Row.fetchCursor(db, sql: """
            SELECT id, key, article_id, date_first, date_last, merge_key, incident_id FROM events
            WHERE merge_key IN (SELECT merge_key FROM events WHERE incident_id IS NULL)
            ORDER BY merge_key
            """)
        var byKey: [KeyReports] = []
        while let row = try rows.next() { collect(row, into: &byKey) }
        try apply(byKey, db: db, tally: &tally)
        return byKey.count
    }

    /// The reports an ingest wrote, by merge key, kept by its writer: the closing merge of a load into a
    /// store that held no events takes them from here instead of reading every event back.
    ///
    /// Such a load writes each event with the incident it would be alone (``ArticleRows``), so that the
    /// merge rewrites only the reports that join others. Until that merge commits, the table
    /// `provisional_incidents` says that those ids may name incidents not yet written; a store opened
    /// with it left behind by a kill forgets them (``forgetProvisionalIncidents(_:)``) and merges again.
    struct IngestedReports {
        private(set) var byKey: [String: [IncidentMerger.Report]] = [:]
        private(set) var count = 0
        private(set) var lastRowID: Int64 = 0

        mutating func add(mergeKey: String, _ report: IncidentMerger.Report) {
            byKey[mergeKey, default: []].append(report)
            count += 1
            lastRowID = max(lastRowID, report.rowID)
        }

        /// The groups ``apply(_:db:tally:)`` takes, none with an incident yet.
        var groups: [KeyReports] { byKey.map { ($0.key, $0.value, [:]) } }

        /// Whether these are every event the store holds (its rows are numbered 1 to `count`, all ours) and
        /// each still names its provisional incident (no one else's merge or open has forgotten them).
        func areAll(_ db: Database) throws -> Bool {
            guard try db.tableExists("provisional_incidents"),
                  try Int64.fetchOne(db, sql: "SELECT IFNULL(MAX(id), 0) FROM events") == lastRowID, lastRowID == Int64(count) else { return false }
            return try !(Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM events WHERE incident_id IS NULL)") ?? true)
        }

        /// Marks the store as holding provisional incident ids; before the first batch.
        static func begin(_ db: Database) throws {
            try db.execute(sql: "CREATE TABLE IF NOT EXISTS provisional_incidents(since TEXT)")
        }
    }

    /// After a load that wrote provisional incident ids ended without its merge: the events whose
    /// incident was never written become unmerged again, for the next merge. Nothing when none is left.
    static func forgetProvisionalIncidents(_ db: Database) throws {
        guard try db.tableExists("provisional_incidents") else { return }
        try db.execute(sql: """
            UPDATE events SET incident_id = NULL
            WHERE incident_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM incidents i WHERE i.id = events.incident_id)
            """)
        try db.execute(sql: "DROP TABLE provisional_incidents")
    }

    /// The reports of one merge key, with the incident each is in now.
    typealias KeyReports = (key: String, reports: [IncidentMerger.Report], old: [Int64: String])

    /// Adds a row (id, key, article_id, date_first, date_last, merge_key, incident_id) to its key's group;
    /// rows come grouped by key.
    private static func collect(_ row: Row, into byKey: inout [KeyReports]) {
        let mergeKey: String = row[5]
        if byKey.last?.key != mergeKey { byKey.append((mergeKey, [], [:])) }
        let first: Int? = row[3], last: Int? = row[4]
        let interval = first.flatMap { f in last.map { TimexInterval(first: f, last: $0) } }
        let id: Int64 = row[0]
        byKey[byKey.count - 1].reports.append(IncidentMerger.Report(rowID: id, key: row[1], articleID: row[2], interval: interval))
        if let old: String = row[6] { byKey[byKey.count - 1].old[id] = old }
    }

    /// The incident of a group of reports: "inc-" and 16 hex digits of the hash of its smallest report key.
    static func incidentID(smallestKey: String) -> String { incidentID(hash: incidentHash(smallestKey: smallestKey)) }

    /// The id an incident hash spells: "inc-" and its 16 hex digits.
    static func incidentID(hash: [UInt8]) -> String { "inc-" + ContentHash.hex(hash) }

    /// The 8 bytes of the hash an incident id spells in hex.
    static func incidentHash(smallestKey: String) -> [UInt8] {
        Array(ContentHash.sha256(Array(smallestKey.utf8)).prefix(8))
    }

    /// Replaces the incidents of each key by the connected components of its reports. With `provisional`,
    /// every report already names the incident it would be alone (``IngestedReports``), and no incident row exists.
    static func apply(_ byKey: [KeyReports], db: Database, tally: inout CountTally?, provisional: Bool = false) throws {
        // Work out every write first, then make each kind in the order of the B-tree it goes into
        // (incidents and reports by incident id, events by row id): sequential writes, not random ones.
        struct Planned {
            /// The id's 8 bytes as a big-endian number: sorting these sorts the ids' hex.
            var order: UInt64
            var id: String
            var mergeKey: String
            var type: Substring
            var first: Int?, last: Int?
            var reports: Int, articles: Int
            /// Row ids of its reports, ascending.
            var events: [Int64]
        }
        var dropped: [String] = []
        var incidents: [Planned] = []
        var moved: [(event: Int64, incident: String)] = []
        for (mergeKey, reports, old) in byKey {
            dropped += Set(old.values)
            let type = mergeKey.prefix { $0 != "|" }
            let groups = reports.count == 1 ? [reports] : IncidentMerger.components(reports)
            if tally != nil { try tallyIncidents(type: String(type), old: old, new: groups, db: db, tally: &tally) }
            for group in groups {
                let hash = incidentHash(smallestKey: group[0].key)
                let id = incidentID(hash: hash)
                var first: Int?, last: Int?
                for r in group {
                    if let iv = r.interval {
                        first = min(first ?? iv.first, iv.first)
                        last = max(last ?? iv.last, iv.last)
                    }
                    // Only reports whose incident changed are rewritten.
                    if provisional ? r.key != group[0].key : old[r.rowID] != id { moved.append((r.rowID, id)) }
                }
                let articles = group.count == 1 ? 1 : Set(group.map(\.articleID)).count
                incidents.append(Planned(order: hash.reduce(0) { $0 << 8 | UInt64($1) }, id: id, mergeKey: mergeKey, type: type,
                                         first: first, last: last, reports: group.count, articles: articles,
                                         events: group.count == 1 ? [group[0].rowID] : group.map(\.rowID).sorted()))
            }
        }
        // Sorted by index: moving the records themselves (strings and arrays) cost more than comparing them.
        let order = incidents.indices.sorted { incidents[$0].order < incidents[$1].order }
        moved.sort { $0.event < $1.event }

        // Bound through SQLite's C API (``RowWriter``): one of each per report.
        // An incident's reports go first, by hand: an ingest writes with foreign keys unchecked, so no cascade.
        var dropReports = RowWriter(try db.cachedStatement(sql: "DELETE FROM incident_reports WHERE incident_id = ?"))
        var dropIncident = RowWriter(try db.cachedStatement(sql: "DELETE FROM incidents WHERE id = ?"))
        for id in dropped.sorted() {
            dropReports.text(id)
            try dropReports.step(db)
            dropIncident.text(id)
            try dropIncident.step(db)
        }
        var addIncident = RowWriter(try db.cachedStatement(sql: """
            INSERT INTO incidents(id, merge_key, type, date_first, date_last, num_reports, num_articles) VALUES (?, ?, ?, ?, ?, ?, ?)
            """))
        for k in order {
            let i = incidents[k]
            addIncident.text(i.id); addIncident.text(i.mergeKey); addIncident.text(String(i.type)); addIncident.int(i.first)
            addIncident.int(i.last); addIncident.int(i.reports); addIncident.int(i.articles)
            try addIncident.step(db)
        }
        var setIncident = RowWriter(try db.cachedStatement(sql: "UPDATE events SET incident_id = ? WHERE id = ?"))
        for m in moved {
            setIncident.text(m.incident); setIncident.int(m.event)
            try setIncident.step(db)
        }
        // In incident order and, within one, by event: the order of the table's key.
        var addReport = RowWriter(try db.cachedStatement(sql: "INSERT INTO incident_reports(incident_id, event_id) VALUES (?, ?)"))
        for k in order {
            for e in incidents[k].events {
                addReport.text(incidents[k].id); addReport.int(e)
                try addReport.step(db)
            }
        }
    }

    /// What recomputing one merge key's incidents does to the pair counts. The tally counted each new
    /// report (one without an incident) as an incident of its own; each pair now loses those and the
    /// old incidents that covered it (had a report with the pair), and gains the new incidents that do.
    /// A new report that stays alone changes nothing, so only reports that join are looked up.
    private static func tallyIncidents(type: String, old: [Int64: String], new groups: [[IncidentMerger.Report]],
                                       db: Database, tally: inout CountTally?) throws {
        typealias Pairs = [CountTally.Pair: (source: String, target: String)]
        let actorsOf = try db.cachedStatement(sql: "SELECT role, name_key, name FROM event_actors WHERE event_id = ?")
        // Every report of a key has the same source and target sets; only a symmetric type's reports
        // may have them either way round, so only those are looked up one by one.
        let symmetric = IncidentMerger.symmetricTypes.contains(type)
        var shared: Pairs? = nil
        var pairsOf: [Int64: Pairs] = [:]
        func pairs(_ event: Int64) throws -> Pairs {
            if let shared { return shared }
            if let known = pairsOf[event] { return known }
            let rows = try Row.fetchAll(actorsOf, arguments: [event])
            let p = CountTally.pairs(type: type, rows.map { ($0[0], $0[1], $0[2]) })
            if symmetric { pairsOf[event] = p } else { shared = p }
            return p
        }
        func covered(_ events: [Int64]) throws -> Pairs {
            var all: Pairs = [:]
            for e in events { all.merge(try pairs(e)) { a, _ in a } }
            return all
        }
        for events in Dictionary(grouping: old.keys, by: { old[$0]! }).values {
            tally!.add(incidentOf: try covered(Array(events)), by: -1)
        }
        for group in groups where group.count > 1 || old[group[0].rowID] != nil {
            tally!.add(incidentOf: try covered(group.map(\.rowID)), by: 1)
            for r in group where old[r.rowID] == nil { tally!.add(incidentOf: try pairs(r.rowID), by: -1) }
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
