import Foundation
import GRDB
import Parley

extension Store {
    /// Whether an article with this content hash is stored.
    public func contains(hash: String) throws(ParleyError) -> Bool {
        try read { db in try ArticleRow.filter(ArticleRow.Columns.hash == hash).fetchCount(db) > 0 }
    }

    /// Stores a document and all its layers in ONE transaction; false when its hash is already stored.
    ///
    /// A crash or kill at any point leaves either the whole article or none of it. Its events wait
    /// for ``merge()`` to join incidents.
    @discardableResult
    public func add(_ document: Document, hash: String, ingestedAt: Date = Date()) throws(ParleyError) -> Bool {
        let json: String
        do {
            json = String(decoding: try document.jsonData(), as: UTF8.self)
        } catch {
            throw ParleyError(.storeFailure, input: document.info.id, problem: "cannot be written as JSON (\(error))", fix: "please report this")
        }
        let stamp = Store.timestamp(ingestedAt)
        return try write { db in
            if try ArticleRow.filter(ArticleRow.Columns.hash == hash).fetchCount(db) > 0 { return false }
            try Store.insert(document, json: json, hash: hash, stamp: stamp, db: db)
            return true
        }
    }

    /// Stores many documents in one transaction (for bulk loads such as benchmarks); returns how many were new.
    @discardableResult
    public func add(batch: [(document: Document, hash: String)], ingestedAt: Date = Date()) throws(ParleyError) -> Int {
        let stamp = Store.timestamp(ingestedAt)
        return try write { db in
            var added = 0
            for (doc, hash) in batch {
                if try ArticleRow.filter(ArticleRow.Columns.hash == hash).fetchCount(db) > 0 { continue }
                let json = String(decoding: try doc.jsonData(), as: UTF8.self)
                try Store.insert(doc, json: json, hash: hash, stamp: stamp, db: db)
                added += 1
            }
            return added
        }
    }

    static func timestamp(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: date)
    }

    private static func insert(_ doc: Document, json: String, hash: String, stamp: String, db: Database) throws {
        var article = ArticleRow(id: nil, hash: hash, docID: doc.info.id, text: doc.text, published: doc.info.published,
                                 title: doc.info.title, source: doc.info.source, url: doc.info.url,
                                 document: json, ingestedAt: stamp)
        try article.insert(db)
        guard let articleID = article.id else { return }
        try db.execute(sql: "INSERT INTO article_words(rowid, title, text) VALUES (?, ?, ?)",
                       arguments: [articleID, doc.info.title ?? "", doc.text])

        var actorsByID: [String: Actor] = [:]
        for a in doc.actors {
            actorsByID[a.id] = a
            try ActorRow(articleID: articleID, actorID: a.id, name: a.name, nameKey: ActorKey.of(a), kind: a.kind.rawValue,
                         country: a.country, sector: a.sector, roles: a.roles.joined(separator: "; "), mentions: a.mentions).insert(db)
        }
        var placesByID: [String: Place] = [:]
        for p in doc.places { placesByID[p.id] = p }

        let keyPrefix = String(hash.prefix(16))
        for e in doc.events {
            // An id the document does not resolve still names someone; keep it as the name.
            let sources = e.source.map { actorsByID[$0] ?? Actor(id: $0, name: $0, kind: .person) }
            let targets = e.target.map { actorsByID[$0] ?? Actor(id: $0, name: $0, kind: .person) }
            let interval = TimexInterval(value: e.date)
            let place = e.place.flatMap { placesByID[$0] }
            let sentence: String = {
                guard e.sentence >= 0, e.sentence < doc.sentences.count else { return e.trigger.text }
                let s = doc.sentences[e.sentence]
                return doc.slice(s.start, s.end)
            }()
            let key = keyPrefix + "/" + e.id
            var row = EventRow(
                id: nil, key: key, articleID: articleID, eventID: e.id, type: e.type.uppercased(), mode: e.mode, cameo: e.cameo,
                quad: e.quad, date: e.date, dateFirst: interval?.first, dateLast: interval?.last, status: e.status.rawValue,
                placeName: place?.name, placeCountry: place?.country, lat: place?.lat, lon: place?.lon,
                sourceNames: sources.map(\.name).joined(separator: "; "),
                sourceCountries: sources.map { $0.country ?? "" }.joined(separator: "; "),
                sourceSectors: sources.map { $0.sector ?? "" }.joined(separator: "; "),
                targetNames: targets.map(\.name).joined(separator: "; "),
                targetCountries: targets.map { $0.country ?? "" }.joined(separator: "; "),
                targetSectors: targets.map { $0.sector ?? "" }.joined(separator: "; "),
                topics: e.topics.joined(separator: "; "), sentence: sentence, trigger: e.trigger.text,
                confidence: e.confidence,
                mergeKey: IncidentMerger.mergeKey(type: e.type, sources: sources.map(ActorKey.of), targets: targets.map(ActorKey.of), eventKey: key),
                incidentID: nil)
            try row.insert(db)
            guard let eventID = row.id else { continue }
            for (role, actors) in [(0, sources), (1, targets)] {
                for (i, a) in actors.enumerated() {
                    try EventActorRow(eventID: eventID, role: role, position: i, name: a.name, nameKey: ActorKey.of(a),
                                      country: a.country, sector: a.sector).insert(db)
                }
            }
            for topic in Set(e.topics.map { $0.lowercased() }) {
                try EventTopicRow(eventID: eventID, topic: topic).insert(db)
            }
        }
    }
}
