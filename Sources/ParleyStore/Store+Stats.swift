import GRDB

/// Per-actor and per-pair counts kept beside the rows, so the unfiltered `actors` and `network`
/// answer from a few thousand rows instead of grouping every event.
///
/// They are refreshed by ``Store/merge()`` for the actors of the articles added since the last
/// merge, in the merge's transaction. `stats_state` records the last article they cover; they are
/// used only while that is the newest article and every report is merged (else a query groups the
/// events themselves), so a store written by an older Parley or left by a killed ingest still answers right.
extension Store {
    /// Recomputes the counts of every actor key met in articles added since the last refresh.
    static func refreshStats(_ db: Database) throws {
        guard try db.tableExists("stats_state") else { return }
        let covered = try Int64.fetchOne(db, sql: "SELECT last_article FROM stats_state") ?? 0
        let newest = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM articles") ?? 0
        if newest <= covered { return }
        try db.execute(sql: """
            CREATE TEMP TABLE IF NOT EXISTS stale_keys(name_key TEXT PRIMARY KEY) WITHOUT ROWID;
            DELETE FROM temp.stale_keys;
            """)
        try db.execute(sql: "INSERT OR IGNORE INTO temp.stale_keys SELECT name_key FROM actors WHERE article_id > ?", arguments: [covered])
        try db.execute(sql: """
            INSERT OR IGNORE INTO temp.stale_keys
                SELECT a.name_key FROM events e JOIN event_actors a ON a.event_id = e.id WHERE e.article_id > ?
            """, arguments: [covered])
        try db.execute(sql: """
            DELETE FROM actor_stats WHERE name_key IN (SELECT name_key FROM temp.stale_keys);
            INSERT INTO actor_stats(name_key, name, country, sector, mentions, articles, events)
                SELECT m.name_key, m.name, m.country, m.sector, m.mentions, m.articles,
                       (SELECT COUNT(DISTINCT a.event_id) FROM event_actors a WHERE a.name_key = m.name_key)
                FROM (SELECT name_key, MAX(name) AS name, MAX(country) AS country, MAX(sector) AS sector,
                             SUM(mentions) AS mentions, COUNT(DISTINCT article_id) AS articles
                      FROM actors WHERE name_key IN (SELECT name_key FROM temp.stale_keys) GROUP BY name_key) m;

            -- A pair changes when one of its events is new, or when the incidents of a merge key holding a
            -- new event were recomputed: all that key's reports have the new event's actors on one side or the other.
            DELETE FROM pair_stats WHERE source_key IN (SELECT name_key FROM temp.stale_keys);
            INSERT INTO pair_stats(source_key, source_name, target_key, target_name, type, events, incidents)
                SELECT s.name_key, MIN(s.name), t.name_key, MIN(t.name), e.type, COUNT(DISTINCT e.id), COUNT(DISTINCT e.incident_id)
                FROM event_actors s
                JOIN event_actors t ON t.event_id = s.event_id AND t.role = 1
                JOIN events e ON e.id = s.event_id
                WHERE s.role = 0 AND s.name_key IN (SELECT name_key FROM temp.stale_keys)
                GROUP BY s.name_key, t.name_key, e.type;

            DELETE FROM temp.stale_keys;
            """)
        try db.execute(sql: "UPDATE stats_state SET last_article = ?", arguments: [newest])
    }

    /// Whether the counts cover every article and every report is merged.
    static func statsAreFresh(_ db: Database) throws -> Bool {
        guard try db.tableExists("stats_state") else { return false }
        let covered = try Int64.fetchOne(db, sql: "SELECT last_article FROM stats_state") ?? 0
        let newest = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM articles") ?? 0
        if covered != newest { return false }
        return try !(Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM events WHERE incident_id IS NULL)") ?? false)
    }
}
