import GRDB
import Parley

extension Store {
    /// Event reports matching a filter, by date then key (or as `order` says), with their incident and its number of reports.
    ///
    /// `offset` skips that many rows first, for paging.
    public func events(_ filter: EventFilter, limit: Int = 100, offset: Int = 0, order: EventOrder = .date) throws(ParleyError) -> ResultTable {
        var table = ResultTable(columns: ["date", "type", "mode", "source", "target", "status", "place", "reports",
                                          "incident_id", "event_id", "sentence"])
        table.rows = try read { db in
            let (condition, args) = filter.sql(inOrder: try Store.wordsAreCommon(filter, db))
            return try Row.fetchAll(db, sql: """
                SELECT e.date, e.type, e.mode, e.source_names, e.target_names, e.status, e.place_name,
                       COALESCE(i.num_reports, 1) AS reports, e.incident_id, e.key, e.sentence
                FROM events e LEFT JOIN incidents i ON i.id = e.incident_id
                WHERE \(condition)
                ORDER BY \(order.eventsClause)
                LIMIT ? OFFSET ?
                """, arguments: args + [limit > 0 ? limit : -1, max(0, offset)]).map { r in
                [Store.text(r[0]), .text(r[1]), Store.text(r[2]), .text(r[3]), .text(r[4]), .text(r[5]), Store.text(r[6]),
                 .int(r[7]), Store.text(r[8]), .text(r[9]), .text(r[10])]
            }
        }
        return table
    }

    /// Whether the filter's words are in at least one article of 50: then a list in date or type order
    /// finds its first rows soonest by walking its order's index (a few hundred index entries for 100
    /// rows), rather than by fetching and sorting every event of the matching articles.
    static func wordsAreCommon(_ filter: EventFilter, _ db: Database) throws -> Bool {
        guard let match = filter.wordsMatch else { return false }
        let matching = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article_words WHERE article_words MATCH ?", arguments: [match]) ?? 0
        let articles = try Int.fetchOne(db, sql: "SELECT IFNULL(MAX(id), 0) FROM articles") ?? 0
        return matching > 0 && matching * 50 >= articles
    }

    /// Actors by events (matching the filter) and mentions, one row per actor key; `offset` skips rows, for paging.
    public func actors(_ filter: EventFilter, limit: Int = 100, offset: Int = 0) throws(ParleyError) -> ResultTable {
        let (condition, args) = filter.sql()
        let filtered = condition != "1"
        var table = ResultTable(columns: ["actor", "country", "sector", "events", "mentions", "articles"])
        table.rows = try read { db -> [[ResultTable.Cell]] in
            let fresh = try Store.statsAreFresh(db)
            let sql: String
            if fresh && !filtered {
                sql = """
                    SELECT name, country, sector, events, mentions, articles FROM actor_stats
                    ORDER BY events DESC, mentions DESC, name, name_key
                    LIMIT ? OFFSET ?
                    """
            } else {
                // The per-actor counts, from actor_stats while they are fresh, else grouped here.
                let m = fresh ? "actor_stats" : """
                    (SELECT name_key, MAX(name) AS name, MAX(country) AS country, MAX(sector) AS sector,
                            SUM(mentions) AS mentions, COUNT(DISTINCT article_id) AS articles
                     FROM actors GROUP BY name_key)
                    """
                sql = """
                    WITH ev AS (
                        SELECT a.name_key, COUNT(DISTINCT a.event_id) AS n
                        FROM event_actors a JOIN events e ON e.id = a.event_id
                        WHERE \(condition)
                        GROUP BY a.name_key
                    )
                    SELECT m.name, m.country, m.sector, COALESCE(ev.n, 0) AS events, m.mentions, m.articles
                    FROM \(m) m \(filtered ? "JOIN" : "LEFT JOIN") ev ON ev.name_key = m.name_key
                    ORDER BY events DESC, m.mentions DESC, m.name, m.name_key
                    LIMIT ? OFFSET ?
                    """
            }
            return try Row.fetchAll(db, sql: sql, arguments: (fresh && !filtered ? [] : args) + [limit > 0 ? limit : -1, max(0, offset)]).map { r in
                [.text(r[0]), Store.text(r[1]), Store.text(r[2]), .int(r[3]), .int(r[4]), .int(r[5])]
            }
        }
        return table
    }

    /// How a timeline groups events.
    public enum Period: String, Sendable, CaseIterable {
        case day, week
    }

    /// Events and incidents per day or ISO week, by the first day of each event's date;
    /// with `byType`, one row per period and PLOVER type (a `type` column after the period).
    public func timeline(_ filter: EventFilter, by period: Period, byType: Bool = false) throws(ParleyError) -> ResultTable {
        let (condition, args) = filter.sql()
        // Day 0 (1970-01-01) was a Thursday: day + 3 puts Mondays on multiples of 7.
        let bucket = period == .day ? "e.date_first" : "((e.date_first + 3) / 7) * 7 - 3"
        var table = ResultTable(columns: byType ? [period.rawValue, "type", "events", "incidents"] : [period.rawValue, "events", "incidents"])
        table.rows = try read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(bucket) AS b, \(byType ? "e.type" : "''"), COUNT(*), COUNT(DISTINCT e.incident_id)
                FROM events e WHERE e.date_first IS NOT NULL AND \(condition)
                GROUP BY b\(byType ? ", e.type" : "") ORDER BY b\(byType ? ", e.type" : "")
                """, arguments: args).map { r in
                let day = CalendarDate(dayNumber: r[0])
                let period: ResultTable.Cell = .text(period == .day ? day.iso : day.isoWeekString)
                return byType ? [period, .text(r[1]), .int(r[2]), .int(r[3])] : [period, .int(r[2]), .int(r[3])]
            }
        }
        return table
    }

    /// Source → target actor pairs with their event counts, in all and by type.
    public func network(_ filter: EventFilter, limit: Int = 100) throws(ParleyError) -> ResultTable {
        let (condition, args) = filter.sql()
        var table = ResultTable(columns: ["source", "target", "events", "incidents", "by_type"])
        // Only a type filter (or none) can be answered from pair_stats.
        let typeOnly = filter.actor == nil && filter.country == nil && filter.from == nil && filter.to == nil
            && filter.status == nil && filter.topic == nil && filter.words.allSatisfy(\.isEmpty)
        let rows = try read { db -> [Row] in
            if typeOnly, try Store.statsAreFresh(db) {
                let type = filter.type.flatMap { $0.isEmpty ? nil : $0.uppercased() }
                let whereType = type == nil ? "" : "WHERE type = ?"
                let typeArgs = StatementArguments(type.map { [$0] } ?? [])
                // the top pairs are totalled and ranked in SQL; a pair's names are those of its first type
                // (SQLite takes bare columns from the row that holds the one MIN()), as the rows below give them
                let top = try Row.fetchAll(db, sql: """
                    SELECT source_key, target_key, MIN(type), source_name, target_name, SUM(events) AS n FROM pair_stats \(whereType)
                    GROUP BY source_key, target_key ORDER BY n DESC, source_name, target_name \(limit > 0 ? "LIMIT \(limit)" : "")
                    """, arguments: typeArgs)
                var out: [Row] = []
                let statement = try db.cachedStatement(sql: """
                    SELECT source_key, source_name, target_key, target_name, type, events, incidents FROM pair_stats
                    WHERE source_key = ? AND target_key = ? \(type == nil ? "" : "AND type = ?") ORDER BY type
                    """)
                for t in top {
                    let key: [DatabaseValueConvertible?] = [t[0] as String, t[1] as String] + (type.map { [$0] } ?? [])
                    out += try Row.fetchAll(statement, arguments: StatementArguments(key))
                }
                return out
            }
            return try Row.fetchAll(db, sql: """
                SELECT s.name_key, MIN(s.name), t.name_key, MIN(t.name), e.type, COUNT(DISTINCT e.id), COUNT(DISTINCT e.incident_id)
                FROM events e
                JOIN event_actors s ON s.event_id = e.id AND s.role = 0
                JOIN event_actors t ON t.event_id = e.id AND t.role = 1
                WHERE \(condition)
                GROUP BY s.name_key, t.name_key, e.type
                ORDER BY s.name_key, t.name_key, e.type
                """, arguments: args)
        }
        struct Pair { var source: String; var target: String; var events = 0; var incidents = 0; var byType: [(String, Int)] = [] }
        var pairs: [String: Pair] = [:]
        for r in rows {
            let k = (r[0] as String) + "\u{1F}" + (r[2] as String)
            var p = pairs[k] ?? Pair(source: r[1], target: r[3])
            p.events += r[5] as Int
            p.incidents += r[6] as Int
            p.byType.append((r[4], r[5]))
            pairs[k] = p
        }
        let sorted = pairs.values.sorted { ($0.events, $1.source, $1.target) > ($1.events, $0.source, $0.target) }
        table.rows = sorted.prefix(limit > 0 ? limit : Int.max).map { p in
            let types = p.byType.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
            return [.text(p.source), .text(p.target), .int(p.events), .int(p.incidents), .text(types)]
        }
        return table
    }

    /// Counts of what the store holds.
    public func counts() throws(ParleyError) -> (articles: Int, events: Int, incidents: Int) {
        try read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM articles") ?? 0,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events") ?? 0,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM incidents") ?? 0)
        }
    }

    static func text(_ value: String?) -> ResultTable.Cell { value.map { .text($0) } ?? .null }
}
