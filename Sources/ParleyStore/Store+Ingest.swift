import Foundation
import GRDB
import Parley

extension Store {
    /// Whether an article with this content hash is stored.
    public func contains(hash: String) throws(ParleyError) -> Bool {
        try read { db in
            try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM articles WHERE hash = ?)"), arguments: [hash]) ?? false
        }
    }

    /// The hashes among these that are stored already, in one read.
    public func stored(hashes: [String]) throws(ParleyError) -> Set<String> {
        if hashes.isEmpty { return [] }
        return try read { db in
            let statement = try db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM articles WHERE hash = ?)")
            var found: Set<String> = []
            for h in hashes {
                if try Bool.fetchOne(statement, arguments: [h]) == true { found.insert(h) }
            }
            return found
        }
    }

    /// Stores a document and all its layers in ONE transaction; false when its hash is already stored.
    ///
    /// A crash or kill at any point leaves either the whole article or none of it. Its events wait
    /// for ``merge()`` to join incidents.
    @discardableResult
    public func add(_ document: Document, hash: String, ingestedAt: Date = Date()) throws(ParleyError) -> Bool {
        try add(articles: [ArticleRows(document, hash: hash)], ingestedAt: ingestedAt).first ?? false
    }

    /// Stores many documents in one transaction (for bulk loads such as benchmarks); returns how many were new.
    @discardableResult
    public func add(batch: [(document: Document, hash: String)], ingestedAt: Date = Date()) throws(ParleyError) -> Int {
        var rows: [ArticleRows] = []
        for (doc, hash) in batch { rows.append(try ArticleRows(doc, hash: hash)) }
        return try add(articles: rows, ingestedAt: ingestedAt).filter { $0 }.count
    }

    /// Stores prepared articles, whole, in ONE transaction; for each, whether it was new (false: its hash is stored).
    /// Their events wait for ``merge()`` to join incidents.
    @discardableResult
    public func add(articles: [ArticleRows], ingestedAt: Date = Date()) throws(ParleyError) -> [Bool] {
        if articles.isEmpty { return [] }
        var none: IngestedReports? = nil
        return try write(articles, ingestedAt: ingestedAt, reports: &none)
    }

    private func write(_ articles: [ArticleRows], ingestedAt: Date, reports: inout IngestedReports?) throws(ParleyError) -> [Bool] {
        let stamp = Store.timestamp(ingestedAt)
        // The batch's events are kept apart and added only once its transaction has committed.
        var written: [(mergeKey: String, report: IncidentMerger.Report)]? = reports == nil ? nil : []
        let added = try write { db in try articles.map { try $0.insert(stamp: stamp, db: db, reports: &written) } }
        for (key, report) in written ?? [] { reports?.add(mergeKey: key, report) }
        return added
    }

    /// Stores prepared articles like ``add(articles:ingestedAt:)``; `tally` takes what the new ones add
    /// to the per-actor and per-pair counts, once they are committed, and `reports` the events written.
    func ingest(articles: [ArticleRows], ingestedAt: Date, tally: inout CountTally,
                reports: inout IngestedReports?) throws(ParleyError) -> [Bool] {
        if articles.isEmpty { return [] }
        let added = try write(articles, ingestedAt: ingestedAt, reports: &reports)
        for (article, new) in zip(articles, added) where new {
            tally.add(actorsOf: article)
            for e in article.events { tally.add(event: e) }
        }
        return added
    }

    /// Starts a load that writes provisional incident ids (``IngestedReports``): none when the store holds events.
    func beginProvisionalIncidents() throws(ParleyError) -> IngestedReports? {
        try write { db in
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM events)") ?? false { return nil }
            try IngestedReports.begin(db)
            return IngestedReports()
        }
    }

    /// The newest article the stored counts cover, when they are up to date (``statsAreFresh(_:)``):
    /// an ingest starting from there may add its tally to them instead of recomputing.
    func countsBaseline() throws(ParleyError) -> Int64? {
        try read { db in
            try Store.statsAreFresh(db) ? (try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM articles") ?? 0) : nil
        }
    }

    /// Ends an ingest as ``merge()`` does, but adding the ingest's tally to the counts when they still
    /// cover every article up to `baseline` (no one else wrote meanwhile). The steps are transactions of
    /// their own, and `committed` runs after each, so that a checkpoint can copy one while the next is
    /// written: the incidents; each index the load set aside; the counts. A kill in between leaves
    /// the indexes to the next open and the counts to the next merge, as after an unmerged add.
    /// `reports`, the events the ingest wrote into a store that held none, spare reading them back when
    /// they are still all the store holds. Returns the seconds of each step: "incidents", "indexes", "counts".
    @discardableResult
    func finishIngest(tally: CountTally, baseline: Int64?, reports: IngestedReports? = nil,
                      committed: () -> Void = {}) throws(ParleyError) -> [MergeStep] {
        let clock = ContinuousClock()
        var steps: [MergeStep] = []
        var mark = clock.now
        func lap(_ step: String) {
            let now = clock.now
            steps.append(MergeStep(name: step, seconds: (now - mark).seconds))
            mark = now
        }
        var counts: CountTally? = nil
        let lastArticle = try write { db in
            let covered = try Int64.fetchOne(db, sql: "SELECT last_article FROM stats_state")
            counts = baseline != nil && covered == baseline ? tally : nil
            if let reports, try reports.areAll(db) {
                try Store.apply(reports.groups, db: db, tally: &counts, provisional: true)
                try db.execute(sql: "DROP TABLE provisional_incidents")
            } else {
                _ = try Store.mergeUnmerged(db, tally: &counts)
            }
            return try Int64.fetchOne(db, sql: "SELECT IFNULL(MAX(id), 0) FROM articles")
        }
        committed()
        lap("incidents")
        while try write({ db in try Store.restoreNextIndex(db) }) { committed() }
        lap("indexes")
        try write { db in
            // Another writer between the steps: its articles are not in the tally.
            let unchanged = try Int64.fetchOne(db, sql: "SELECT IFNULL(MAX(id), 0) FROM articles") == lastArticle
                && !(Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM events WHERE incident_id IS NULL)") ?? false)
            try Store.writeCounts(db, tally: unchanged ? counts : nil)
        }
        lap("counts")
        return steps
    }

    /// Turns SQLite's automatic checkpoint off (while a ``WALCheckpointer`` copies the log) or back on
    /// at its default of 1,000 pages.
    func automaticCheckpoints(_ on: Bool) throws(ParleyError) {
        try setWriterPragma("wal_autocheckpoint = \(on ? 1000 : 0)")
    }

    /// Turns the writer's foreign-key checks off (for an ingest, whose rows name only parents it has just
    /// written, and whose merge removes an incident's reports itself) or back on.
    func foreignKeyChecks(_ on: Bool) throws(ParleyError) {
        try setWriterPragma("foreign_keys = \(on ? "ON" : "OFF")")
    }

    /// Sets a pragma of the writer's connection, outside any transaction.
    private func setWriterPragma(_ assignment: String) throws(ParleyError) {
        do {
            try writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA " + assignment) }
        } catch {
            throw Store.failure(error, path: path)
        }
    }

    /// ISO 8601 UTC to the second, without a formatter (costly to make on Linux).
    static func timestamp(_ date: Date) -> String {
        var t = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&t, &parts)
        func two(_ v: Int32) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }
}
