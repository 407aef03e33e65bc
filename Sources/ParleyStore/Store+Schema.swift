import GRDB

extension Store {
    /// The schema version this Parley writes (`PRAGMA user_version`); a store with a higher one is refused.
    public static let schemaVersion = 2
    /// `PRAGMA application_id` of a Parley store: "PRLY".
    static let applicationID = 0x5052_4C59

    /// The store's migrations. A migration that has shipped is never edited: add a new one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE articles (
                    id INTEGER PRIMARY KEY,
                    hash TEXT NOT NULL UNIQUE,
                    doc_id TEXT NOT NULL,
                    text TEXT NOT NULL,
                    published TEXT,
                    title TEXT,
                    source TEXT,
                    url TEXT,
                    document TEXT NOT NULL,
                    ingested_at TEXT NOT NULL
                );
                CREATE INDEX articles_published ON articles(published);

                CREATE TABLE actors (
                    id INTEGER PRIMARY KEY,
                    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    actor_id TEXT NOT NULL,
                    name TEXT NOT NULL,
                    name_key TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    country TEXT,
                    sector TEXT,
                    roles TEXT NOT NULL,
                    mentions INTEGER NOT NULL
                );
                CREATE INDEX actors_article ON actors(article_id);
                CREATE INDEX actors_name_key ON actors(name_key, mentions, article_id);

                CREATE TABLE events (
                    id INTEGER PRIMARY KEY,
                    key TEXT NOT NULL UNIQUE,
                    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    event_id TEXT NOT NULL,
                    type TEXT NOT NULL,
                    mode TEXT,
                    cameo TEXT NOT NULL,
                    quad INTEGER NOT NULL,
                    date TEXT,
                    date_first INTEGER,
                    date_last INTEGER,
                    status TEXT NOT NULL,
                    place_name TEXT,
                    place_country TEXT,
                    lat REAL,
                    lon REAL,
                    source_names TEXT NOT NULL,
                    source_countries TEXT NOT NULL,
                    source_sectors TEXT NOT NULL,
                    target_names TEXT NOT NULL,
                    target_countries TEXT NOT NULL,
                    target_sectors TEXT NOT NULL,
                    topics TEXT NOT NULL,
                    sentence TEXT NOT NULL,
                    trigger TEXT NOT NULL,
                    confidence REAL NOT NULL,
                    merge_key TEXT NOT NULL,
                    incident_id TEXT
                );
                CREATE INDEX events_article ON events(article_id);
                CREATE INDEX events_type ON events(type, date_first);
                CREATE INDEX events_date ON events(date_first, date_last);
                CREATE INDEX events_status ON events(status);
                CREATE INDEX events_merge_key ON events(merge_key);
                CREATE INDEX events_incident ON events(incident_id);

                CREATE TABLE event_actors (
                    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
                    role INTEGER NOT NULL,
                    position INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    name_key TEXT NOT NULL,
                    country TEXT,
                    sector TEXT,
                    PRIMARY KEY (event_id, role, position)
                ) WITHOUT ROWID;
                CREATE INDEX event_actors_name_key ON event_actors(name_key, event_id);
                CREATE INDEX event_actors_country ON event_actors(country, event_id);

                CREATE TABLE event_topics (
                    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
                    topic TEXT NOT NULL,
                    PRIMARY KEY (event_id, topic)
                ) WITHOUT ROWID;
                CREATE INDEX event_topics_topic ON event_topics(topic, event_id);

                CREATE TABLE incidents (
                    id TEXT PRIMARY KEY,
                    merge_key TEXT NOT NULL,
                    type TEXT NOT NULL,
                    date_first INTEGER,
                    date_last INTEGER,
                    num_reports INTEGER NOT NULL,
                    num_articles INTEGER NOT NULL
                );
                CREATE INDEX incidents_merge_key ON incidents(merge_key);

                CREATE TABLE incident_reports (
                    incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
                    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
                    PRIMARY KEY (incident_id, event_id)
                ) WITHOUT ROWID;
                CREATE INDEX incident_reports_event ON incident_reports(event_id);

                -- The words filter: full-text index of each article's title and text.
                CREATE VIRTUAL TABLE article_words USING fts5(title, text, content='articles', content_rowid='id');

                PRAGMA application_id = \(applicationID);
                PRAGMA user_version = 1;
                """)
        }
        migrator.registerMigration("v2-speed") { db in
            // Indexes that give each list order without a sort (the ORDER BY clauses of EventOrder and
            // export), timeline's covering index, and the counts of Store+Stats. user_version stays 1:
            // an older Parley still reads and writes such a store (the counts then go stale and are not used).
            try db.execute(sql: """
                CREATE INDEX events_by_date ON events(date_first IS NULL, date_first, key);
                CREATE INDEX events_by_date_desc ON events(date_first IS NULL, date_first DESC, key DESC);
                DROP INDEX IF EXISTS events_type;
                CREATE INDEX events_by_type ON events(type, date_first IS NULL, date_first, key);
                DROP INDEX IF EXISTS events_date;
                CREATE INDEX events_date ON events(date_first, date_last, incident_id);

                CREATE TABLE actor_stats (
                    name_key TEXT PRIMARY KEY,
                    name TEXT NOT NULL,
                    country TEXT,
                    sector TEXT,
                    mentions INTEGER NOT NULL,
                    articles INTEGER NOT NULL,
                    events INTEGER NOT NULL
                ) WITHOUT ROWID;
                CREATE INDEX actor_stats_order ON actor_stats(events DESC, mentions DESC, name, name_key);

                CREATE TABLE pair_stats (
                    source_key TEXT NOT NULL,
                    source_name TEXT NOT NULL,
                    target_key TEXT NOT NULL,
                    target_name TEXT NOT NULL,
                    type TEXT NOT NULL,
                    events INTEGER NOT NULL,
                    incidents INTEGER NOT NULL,
                    PRIMARY KEY (source_key, target_key, type)
                ) WITHOUT ROWID;
                CREATE INDEX pair_stats_type ON pair_stats(type);

                CREATE TABLE stats_state (last_article INTEGER NOT NULL);
                INSERT INTO stats_state VALUES (0);
                """)
            // A store that was fully merged gets its counts now; else the next merge makes them.
            if try !(Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM events WHERE incident_id IS NULL)") ?? false) {
                try Store.refreshStats(db)
            }
        }
        migrator.registerMigration("v3-document-blocks") { db in
            // From here on `articles.document` may hold an LZ4 block (StoredDocument) that an older Parley
            // would misread as text: the version says so, and such a Parley refuses the store.
            // No query looks incidents up by merge key, or reports by event (no event is ever deleted):
            // those two indexes only cost every bulk load a rebuild.
            try db.execute(sql: """
                DROP INDEX IF EXISTS incidents_merge_key;
                DROP INDEX IF EXISTS incident_reports_event;
                PRAGMA user_version = 2;
                """)
        }
        return migrator
    }
}
