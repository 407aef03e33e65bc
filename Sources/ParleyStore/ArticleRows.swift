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
    /// The document JSON as ``StoredDocument`` keeps it, compressed here on the extraction thread.
    let document: [UInt8]
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
        /// The incident this report is alone: a load into a store without events writes it at once.
        var incident: String
        var actors: [EventActorValues]
        var topicSet: [String]
    }

    /// Encodes a document and flattens its layers; throws a `.storeFailure` when it cannot be written as JSON.
    public init(_ doc: Document, hash: String) throws(ParleyError) {
        document = StoredDocument.blob(json: try doc.jsonBytes())
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
                incident: Store.incidentID(smallestKey: key),
                actors: links, topicSet: Array(Set(e.topics.map { $0.lowercased() })).sorted()))
        }
        self.events = events
    }

    /// Writes the article and all its rows with cached statements; false (and nothing written) when its hash
    /// is stored. `reports`, when given, takes each event written.
    func insert(stamp: String, db: Database, reports: inout [(mergeKey: String, report: IncidentMerger.Report)]?) throws -> Bool {
        var article = RowWriter(try db.cachedStatement(sql: """
            INSERT INTO articles(hash, doc_id, text, published, title, source, url, document, ingested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(hash) DO NOTHING
            """))
        article.text(hash); article.text(docID); article.text(text); article.text(published); article.text(title)
        article.text(source); article.text(url); article.blob(document); article.text(stamp)
        try article.step(db)
        if db.changesCount == 0 { return false }
        let articleID = db.lastInsertedRowID
        var words = RowWriter(try db.cachedStatement(sql: "INSERT INTO article_words(rowid, title, text) VALUES (?, ?, ?)"))
        words.int(articleID); words.text(title ?? ""); words.text(text)
        try words.step(db)
        var actor = RowWriter(try db.cachedStatement(sql: """
            INSERT INTO actors(article_id, actor_id, name, name_key, kind, country, sector, roles, mentions)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """))
        for a in actors {
            actor.int(articleID); actor.text(a.actorID); actor.text(a.name); actor.text(a.nameKey); actor.text(a.kind)
            actor.text(a.country); actor.text(a.sector); actor.text(a.roles); actor.int(a.mentions)
            try actor.step(db)
        }
        var event = RowWriter(try db.cachedStatement(sql: """
            INSERT INTO events(key, article_id, event_id, type, mode, cameo, quad, date, date_first, date_last, status,
                               place_name, place_country, lat, lon, source_names, source_countries, source_sectors,
                               target_names, target_countries, target_sectors, topics, sentence, trigger, confidence, merge_key,
                               incident_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """))
        var link = RowWriter(try db.cachedStatement(sql: """
            INSERT INTO event_actors(event_id, role, position, name, name_key, country, sector) VALUES (?, ?, ?, ?, ?, ?, ?)
            """))
        var topic = RowWriter(try db.cachedStatement(sql: "INSERT INTO event_topics(event_id, topic) VALUES (?, ?)"))
        for e in events {
            event.text(e.key); event.int(articleID); event.text(e.eventID); event.text(e.type); event.text(e.mode)
            event.text(e.cameo); event.int(e.quad); event.text(e.date); event.int(e.dateFirst); event.int(e.dateLast)
            event.text(e.status); event.text(e.placeName); event.text(e.placeCountry); event.real(e.lat); event.real(e.lon)
            event.text(e.sourceNames); event.text(e.sourceCountries); event.text(e.sourceSectors)
            event.text(e.targetNames); event.text(e.targetCountries); event.text(e.targetSectors)
            event.text(e.topics); event.text(e.sentence); event.text(e.trigger); event.real(e.confidence); event.text(e.mergeKey)
            event.text(reports == nil ? nil : e.incident)
            try event.step(db)
            let eventID = db.lastInsertedRowID
            reports?.append((e.mergeKey, IncidentMerger.Report(rowID: eventID, key: e.key, articleID: articleID,
                                                                     interval: e.dateFirst.flatMap { f in e.dateLast.map { TimexInterval(first: f, last: $0) } })))
            for l in e.actors {
                link.int(eventID); link.int(l.role); link.int(l.position); link.text(l.name); link.text(l.nameKey)
                link.text(l.country); link.text(l.sector)
                try link.step(db)
            }
            for t in e.topicSet {
                topic.int(eventID); topic.text(t)
                try topic.step(db)
            }
        }
        return true
    }
}
