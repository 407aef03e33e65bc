import GRDB
import Parley

/// The queries behind the HTTP API and the web page: counts for paging, incidents, one actor, articles, places.
extension Store {
    /// How many event reports match a filter (the total behind a page of ``events(_:limit:offset:order:)``).
    public func eventCount(_ filter: EventFilter) throws(ParleyError) -> Int {
        let (condition, args) = filter.sql()
        return try read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events e WHERE \(condition)", arguments: args) ?? 0
        }
    }

    /// Incidents with at least one report matching the filter, one row each, with the sentence of their first report.
    public func incidents(_ filter: EventFilter, limit: Int = 100, offset: Int = 0, order: EventOrder = .date) throws(ParleyError) -> ResultTable {
        let (condition, args) = filter.sql()
        var table = ResultTable(columns: ["incident_id", "type", "first", "last", "reports", "articles",
                                          "source", "target", "sentence"])
        table.rows = try read { db in
            // SQLite takes the bare columns of a MIN() aggregate from the row holding the minimum: the first report.
            try Row.fetchAll(db, sql: """
                SELECT i.id, i.type, i.date_first, i.date_last, i.num_reports, i.num_articles,
                       e.source_names, e.target_names, e.sentence, MIN(e.key)
                FROM incidents i JOIN events e ON e.incident_id = i.id
                WHERE \(condition)
                GROUP BY i.id
                ORDER BY \(order.incidentsClause)
                LIMIT ? OFFSET ?
                """, arguments: args + [limit > 0 ? limit : -1, max(0, offset)]).map { r in
                [.text(r[0]), .text(r[1]), Store.day(r[2]), Store.day(r[3]), .int(r[4]), .int(r[5]),
                 .text(r[6]), .text(r[7]), .text(r[8])]
            }
        }
        return table
    }

    /// How many incidents have a report matching the filter.
    public func incidentCount(_ filter: EventFilter) throws(ParleyError) -> Int {
        let (condition, args) = filter.sql()
        return try read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT e.incident_id) FROM events e WHERE e.incident_id IS NOT NULL AND \(condition)",
                             arguments: args) ?? 0
        }
    }

    /// One incident, or nil when no incident has this id.
    public func incident(id: String) throws(ParleyError) -> IncidentRow? {
        try read { db in try IncidentRow.fetchOne(db, key: id) }
    }

    /// Every report of an incident with its article and evidence sentence, by date then key.
    public func incidentReports(id: String) throws(ParleyError) -> ResultTable {
        var table = ResultTable(columns: ["event_id", "article", "doc_id", "title", "url", "published", "date", "type", "mode",
                                          "cameo", "quad", "status", "source", "target", "place", "lat", "lon", "trigger",
                                          "sentence", "confidence"])
        table.rows = try read { db in
            try Row.fetchAll(db, sql: """
                SELECT e.key, substr(a.hash, 1, 16), a.doc_id, a.title, a.url, a.published, e.date, e.type, e.mode,
                       e.cameo, e.quad, e.status, e.source_names, e.target_names, e.place_name, e.lat, e.lon, e.trigger,
                       e.sentence, e.confidence
                FROM events e JOIN articles a ON a.id = e.article_id
                WHERE e.incident_id = ?
                ORDER BY e.date_first IS NULL, e.date_first, e.key
                """, arguments: [id]).map { r in
                [.text(r[0]), .text(r[1]), .text(r[2]), Store.text(r[3]), Store.text(r[4]), Store.text(r[5]), Store.text(r[6]),
                 .text(r[7]), Store.text(r[8]), .text(r[9]), .int(r[10]), .text(r[11]), .text(r[12]), .text(r[13]),
                 Store.text(r[14]), Store.real(r[15]), Store.real(r[16]), .text(r[17]), .text(r[18]), .real(r[19])]
            }
        }
        return table
    }

    /// The actor a name stands for (its normalised name, or a country code), merged over articles; no rows when unknown.
    public func actor(named name: String) throws(ParleyError) -> ResultTable {
        let key = ActorKey.normalize(name)
        var table = ResultTable(columns: ["actor", "key", "kind", "country", "sector", "roles", "mentions", "articles"])
        guard !key.isEmpty else { return table }
        table.rows = try read { db in
            try Row.fetchAll(db, sql: """
                SELECT MAX(name), name_key, MAX(kind), MAX(country), MAX(sector), MAX(roles), SUM(mentions), COUNT(DISTINCT article_id)
                FROM actors WHERE name_key IN (?, ?)
                GROUP BY name_key ORDER BY SUM(mentions) DESC
                """, arguments: ["n:" + key, ActorKey.countryKey(name)]).map { r in
                [.text(r[0]), .text(r[1]), .text(r[2]), Store.text(r[3]), Store.text(r[4]), .text(r[5]), .int(r[6]), .int(r[7])]
            }
        }
        return table
    }

    /// Stored articles, newest first (undated last), with their number of events; one backward walk of the date index. `article` is the id ``article(id:)`` takes.
    public func articles(limit: Int = 100, offset: Int = 0) throws(ParleyError) -> ResultTable {
        var table = ResultTable(columns: ["article", "doc_id", "title", "published", "source", "url", "events"])
        table.rows = try read { db in
            try Row.fetchAll(db, sql: """
                SELECT substr(a.hash, 1, 16), a.doc_id, a.title, a.published, a.source, a.url,
                       (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id)
                FROM articles a
                ORDER BY a.published DESC, a.id DESC
                LIMIT ? OFFSET ?
                """, arguments: [limit > 0 ? limit : -1, max(0, offset)]).map { r in
                [.text(r[0]), .text(r[1]), Store.text(r[2]), Store.text(r[3]), Store.text(r[4]), Store.text(r[5]), .int(r[6])]
            }
        }
        return table
    }

    /// The article whose content hash starts with `id` (16 hex digits, as in event keys), or nil.
    public func article(id: String) throws(ParleyError) -> ArticleRow? {
        guard id.count == 16, id.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || ("a"..."f").contains($0) }) else { return nil }
        // A range over the unique hash index: every hash with this prefix sorts between id and id + "g".
        return try read { db in
            try ArticleRow.fetchOne(db, sql: "SELECT * FROM articles WHERE hash >= ? AND hash < ? ORDER BY hash LIMIT 1",
                                    arguments: [id, id + "g"])
        }
    }

    /// Places of the events matching a filter, with coordinates and their number of events, most events first.
    public func places(_ filter: EventFilter, limit: Int = 500) throws(ParleyError) -> ResultTable {
        let (condition, args) = filter.sql()
        var table = ResultTable(columns: ["place", "country", "lat", "lon", "events"])
        table.rows = try read { db in
            try Row.fetchAll(db, sql: """
                SELECT e.place_name, MAX(e.place_country), e.lat, e.lon, COUNT(*) AS n
                FROM events e
                WHERE e.lat IS NOT NULL AND e.lon IS NOT NULL AND \(condition)
                GROUP BY e.place_name, e.lat, e.lon
                ORDER BY n DESC, e.place_name
                LIMIT ?
                """, arguments: args + [limit > 0 ? limit : -1]).map { r in
                [Store.text(r[0]), Store.text(r[1]), .real(r[2]), .real(r[3]), .int(r[4])]
            }
        }
        return table
    }

    static func day(_ value: Int?) -> ResultTable.Cell { value.map { .text(CalendarDate(dayNumber: $0).iso) } ?? .null }
    static func real(_ value: Double?) -> ResultTable.Cell { value.map { .real($0) } ?? .null }
}
