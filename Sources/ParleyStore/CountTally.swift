import GRDB

/// What an ingest adds to the per-actor and per-pair counts of ``Store/refreshStats(_:)``, tallied as
/// its batches are written, so that its end writes a row per actor and pair touched instead of
/// grouping every stored event again.
///
/// The counts it adds to are those `refreshStats` computes from the rows: an actor key's mentions
/// (summed), articles and events (distinct), its greatest name, country and sector; a pair's events
/// (distinct), incidents (distinct) and smallest names. Only events and articles are ever added,
/// so each is a sum, except a pair's incidents: each new report counts as one, and the merge takes
/// away and adds what joining reports into incidents changes.
struct CountTally: Sendable {
    struct ActorCounts: Sendable {
        var name: String
        var country: String?
        var sector: String?
        var mentions = 0
        var articles = 0
    }

    struct Pair: Sendable, Hashable {
        var source: String
        var target: String
        var type: String
    }

    struct PairCounts: Sendable {
        var sourceName: String
        var targetName: String
        var events = 0
        var incidents = 0
    }

    private(set) var actors: [String: ActorCounts] = [:]
    /// Events per actor key, kept apart: an event may name a key no actor row has.
    private(set) var actorEvents: [String: Int] = [:]
    private(set) var pairs: [Pair: PairCounts] = [:]

    /// SQLite compares text by its bytes; so does the tally, for the same greatest and smallest names.
    static func before(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }

    private static func greater(_ a: String?, _ b: String?) -> String? {
        guard let a else { return b }
        guard let b else { return a }
        return before(a, b) ? b : a
    }

    /// An article written: its actors' mentions, and one article for each actor key it has.
    mutating func add(actorsOf article: ArticleRows) {
        var seen: Set<String> = []
        for a in article.actors {
            var c = actors[a.nameKey] ?? ActorCounts(name: a.name, country: a.country, sector: a.sector)
            c.name = CountTally.greater(c.name, a.name) ?? a.name
            c.country = CountTally.greater(c.country, a.country)
            c.sector = CountTally.greater(c.sector, a.sector)
            c.mentions += a.mentions
            if seen.insert(a.nameKey).inserted { c.articles += 1 }
            actors[a.nameKey] = c
        }
    }

    /// An event written: one event for each actor key it names and each pair, and one incident for
    /// each pair, as if it stood alone (the merge takes back what joining changes).
    mutating func add(event e: ArticleRows.EventValues) {
        var keys: Set<String> = []
        for l in e.actors where keys.insert(l.nameKey).inserted { actorEvents[l.nameKey, default: 0] += 1 }
        for (pair, names) in CountTally.pairs(type: e.type, e.actors.map { ($0.role, $0.nameKey, $0.name) }) {
            var c = pairs[pair] ?? PairCounts(sourceName: names.source, targetName: names.target)
            if CountTally.before(names.source, c.sourceName) { c.sourceName = names.source }
            if CountTally.before(names.target, c.targetName) { c.targetName = names.target }
            c.events += 1
            c.incidents += 1
            pairs[pair] = c
        }
    }

    /// Incidents gone (`by` −1) or made (+1), each covering these pairs.
    mutating func add(incidentOf covered: [Pair: (source: String, target: String)], by change: Int) {
        for (pair, names) in covered {
            pairs[pair, default: PairCounts(sourceName: names.source, targetName: names.target)].incidents += change
        }
    }

    /// The source → target pairs of one event's actors (role 0 sources, 1 targets), each with its
    /// smallest names, as the counts' self-join of `event_actors` pairs them.
    static func pairs(type: String, _ actors: [(role: Int, key: String, name: String)]) -> [Pair: (source: String, target: String)] {
        var out: [Pair: (source: String, target: String)] = [:]
        for s in actors where s.role == 0 {
            for t in actors where t.role == 1 {
                let pair = Pair(source: s.key, target: t.key, type: type)
                if let old = out[pair] {
                    out[pair] = (before(s.name, old.source) ? s.name : old.source, before(t.name, old.target) ? t.name : old.target)
                } else {
                    out[pair] = (s.name, t.name)
                }
            }
        }
        return out
    }

    /// Adds the tally to the stored counts: a row per actor key and pair touched. An actor key new to
    /// the counts gets its events counted from the rows (earlier events may name it).
    func write(_ db: Database) throws {
        var updateActor = RowWriter(try db.makeStatement(sql: """
            UPDATE actor_stats SET
                name = CASE WHEN ?1 > name THEN ?1 ELSE name END,
                country = CASE WHEN ?2 IS NULL THEN country WHEN country IS NULL OR ?2 > country THEN ?2 ELSE country END,
                sector = CASE WHEN ?3 IS NULL THEN sector WHEN sector IS NULL OR ?3 > sector THEN ?3 ELSE sector END,
                mentions = mentions + ?4, articles = articles + ?5, events = events + ?6
            WHERE name_key = ?7
            """))
        var insertActor = RowWriter(try db.makeStatement(sql: """
            INSERT INTO actor_stats(name_key, name, country, sector, mentions, articles, events)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, (SELECT COUNT(DISTINCT event_id) FROM event_actors WHERE name_key = ?1))
            """))
        var updateEvents = RowWriter(try db.makeStatement(sql: "UPDATE actor_stats SET events = events + ? WHERE name_key = ?"))
        for key in actors.keys.sorted() {
            let c = actors[key]!
            updateActor.text(c.name); updateActor.text(c.country); updateActor.text(c.sector)
            updateActor.int(c.mentions); updateActor.int(c.articles); updateActor.int(actorEvents[key] ?? 0); updateActor.text(key)
            try updateActor.step(db)
            if db.changesCount == 0 {
                insertActor.text(key); insertActor.text(c.name); insertActor.text(c.country); insertActor.text(c.sector)
                insertActor.int(c.mentions); insertActor.int(c.articles)
                try insertActor.step(db)
            }
        }
        // Keys only events name: counted where a row has them, else when an actor row first does.
        for (key, n) in actorEvents.sorted(by: { $0.key < $1.key }) where actors[key] == nil {
            updateEvents.int(n); updateEvents.text(key)
            try updateEvents.step(db)
        }
        var upsertPair = RowWriter(try db.makeStatement(sql: """
            INSERT INTO pair_stats(source_key, source_name, target_key, target_name, type, events, incidents)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(source_key, target_key, type) DO UPDATE SET
                source_name = min(source_name, excluded.source_name), target_name = min(target_name, excluded.target_name),
                events = events + excluded.events, incidents = incidents + excluded.incidents
            """))
        for (pair, c) in pairs.sorted(by: { ($0.key.source, $0.key.target, $0.key.type) < ($1.key.source, $1.key.target, $1.key.type) }) {
            upsertPair.text(pair.source); upsertPair.text(c.sourceName); upsertPair.text(pair.target); upsertPair.text(c.targetName)
            upsertPair.text(pair.type); upsertPair.int(c.events); upsertPair.int(c.incidents)
            try upsertPair.step(db)
        }
    }
}
