import Foundation
import GRDB
import Parley

/// One article turned into the rows the store writes: its document JSON, actors, events, their
/// actors and topics. Built on an extraction thread, so the single writer only binds and steps.
public struct ArticleRows: Sendable {
    /// The content hash (``ContentHash``) that makes a re-ingest a no-op.
    public let hash: String
    let docID: String
    let text: String
    let published: String?
    let title: String?
    let source: String?
    let url: String?
    let json: String
    let actors: [ActorValues]
    let events: [EventValues]

    struct ActorValues: Sendable {
        var actorID, name, nameKey, kind: String
        var country, sector: String?
        var roles: String
        var mentions: Int
    }

    struct EventActorValues: Sendable {
        var role, position: Int
        var name, nameKey: String
        var country, sector: String?
    }

    struct EventValues: Sendable {
        var key, eventID, type: String
        var mode: String?
        var cameo: String
        var quad: Int
        var date: String?
        var dateFirst, dateLast: Int?
        var status: String
        var placeName, placeCountry: String?
        var lat, lon: Double?
        var sourceNames, sourceCountries, sourceSectors, targetNames, targetCountries, targetSectors: String
        var topics, sentence, trigger: String
        var confidence: Double
        var mergeKey: String
        var actors: [EventActorValues]
        var topicSet: [String]
    }

    /// Encodes a document and flattens its layers; throws a `.storeFailure` when it cannot be written as JSON.
    public init(_ doc: Document, hash: String) throws(ParleyError) {
        do {
            json = String(decoding: try doc.jsonData(), as: UTF8.self)
        } catch {
            throw ParleyError(.storeFailure, input: doc.info.id, problem: "cannot be written as JSON (\(error))", fix: "please report this")
        }
        self.hash = hash
        docID = doc.info.id
        text = doc.text
        published = doc.info.published
        title = doc.info.title
        source = doc.info.source
        url = doc.info.url

        var actorsByID: [String: Actor] = [:]
        var keyOf: [String: String] = [:]
        var actors: [ActorValues] = []
        actors.reserveCapacity(doc.actors.count)
        for a in doc.actors {
            actorsByID[a.id] = a
            let key = ActorKey.of(a)
            keyOf[a.id] = key
            actors.append(ActorValues(actorID: a.id, name: a.name, nameKey: key, kind: a.kind.rawValue, country: a.country,
                                      sector: a.sector, roles: a.roles.joined(separator: "; "), mentions: a.mentions))
        }
        self.actors = actors
        var placesByID: [String: Place] = [:]
        for p in doc.places { placesByID[p.id] = p }

        let keyPrefix = String(hash.prefix(16))
        var events: [EventValues] = []
        events.reserveCapacity(doc.events.count)
        for e in doc.events {
            // An id the document does not resolve still names someone; keep it as the name.
            let sources = e.source.map { actorsByID[$0] ?? Actor(id: $0, name: $0, kind: .person) }
            let targets = e.target.map { actorsByID[$0] ?? Actor(id: $0, name: $0, kind: .person) }
            let sourceKeys = zip(e.source, sources).map { id, a in keyOf[id] ?? ActorKey.of(a) }
            let targetKeys = zip(e.target, targets).map { id, a in keyOf[id] ?? ActorKey.of(a) }
            let interval = TimexInterval(value: e.date)
            let place = e.place.flatMap { placesByID[$0] }
            let sentence: String
            if e.sentence >= 0, e.sentence < doc.sentences.count {
                let s = doc.sentences[e.sentence]
                sentence = doc.slice(s.start, s.end)
            } else {
                sentence = e.trigger.text
            }
            let key = keyPrefix + "/" + e.id
            var links: [EventActorValues] = []
            for (role, list, keys) in [(0, sources, sourceKeys), (1, targets, targetKeys)] {
                for (i, a) in list.enumerated() {
                    links.append(EventActorValues(role: role, position: i, name: a.name, nameKey: keys[i], country: a.country, sector: a.sector))
                }
            }
            events.append(EventValues(
                key: key, eventID: e.id, type: e.type.uppercased(), mode: e.mode, cameo: e.cameo, quad: e.quad, date: e.date,
                dateFirst: interval?.first, dateLast: interval?.last, status: e.status.rawValue,
                placeName: place?.name, placeCountry: place?.country, lat: place?.lat, lon: place?.lon,
                sourceNames: sources.map(\.name).joined(separator: "; "),
                sourceCountries: sources.map { $0.country ?? "" }.joined(separator: "; "),
                sourceSectors: sources.map { $0.sector ?? "" }.joined(separator: "; "),
                targetNames: targets.map(\.name).joined(separator: "; "),
                targetCountries: targets.map { $0.country ?? "" }.joined(separator: "; "),
                targetSectors: targets.map { $0.sector ?? "" }.joined(separator: "; "),
                topics: e.topics.joined(separator: "; "), sentence: sentence, trigger: e.trigger.text, confidence: e.confidence,
                mergeKey: IncidentMerger.mergeKey(type: e.type, sources: sourceKeys, targets: targetKeys, eventKey: key),
                actors: links, topicSet: Array(Set(e.topics.map { $0.lowercased() })).sorted()))
        }
        self.events = events
    }

    /// Writes the article and all its rows with cached statements; false (and nothing written) when its hash is stored.
    func insert(stamp: String, db: Database) throws -> Bool {
        let before = db.totalChangesCount
        try db.cachedStatement(sql: """
            INSERT INTO articles(hash, doc_id, text, published, title, source, url, document, ingested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(hash) DO NOTHING
            """).execute(arguments: [hash, docID, text, published, title, source, url, json, stamp])
        if db.totalChangesCount == before { return false }
        let articleID = db.lastInsertedRowID
        try db.cachedStatement(sql: "INSERT INTO article_words(rowid, title, text) VALUES (?, ?, ?)")
            .execute(arguments: [articleID, title ?? "", text])
        let actorStatement = try db.cachedStatement(sql: """
            INSERT INTO actors(article_id, actor_id, name, name_key, kind, country, sector, roles, mentions)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for a in actors {
            try actorStatement.execute(arguments: [articleID, a.actorID, a.name, a.nameKey, a.kind, a.country, a.sector, a.roles, a.mentions])
        }
        let eventStatement = try db.cachedStatement(sql: """
            INSERT INTO events(key, article_id, event_id, type, mode, cameo, quad, date, date_first, date_last, status,
                               place_name, place_country, lat, lon, source_names, source_countries, source_sectors,
                               target_names, target_countries, target_sectors, topics, sentence, trigger, confidence, merge_key)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let linkStatement = try db.cachedStatement(sql: """
            INSERT INTO event_actors(event_id, role, position, name, name_key, country, sector) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        let topicStatement = try db.cachedStatement(sql: "INSERT INTO event_topics(event_id, topic) VALUES (?, ?)")
        for e in events {
            try eventStatement.execute(arguments: [
                e.key, articleID, e.eventID, e.type, e.mode, e.cameo, e.quad, e.date, e.dateFirst, e.dateLast, e.status,
                e.placeName, e.placeCountry, e.lat, e.lon, e.sourceNames, e.sourceCountries, e.sourceSectors,
                e.targetNames, e.targetCountries, e.targetSectors, e.topics, e.sentence, e.trigger, e.confidence, e.mergeKey,
            ])
            let eventID = db.lastInsertedRowID
            for l in e.actors {
                try linkStatement.execute(arguments: [eventID, l.role, l.position, l.name, l.nameKey, l.country, l.sector])
            }
            for topic in e.topicSet {
                try topicStatement.execute(arguments: [eventID, topic])
            }
        }
        return true
    }
}
