import GRDB
import Parley

/// What `parley events`, `actors`, `timeline` and `network` keep: every filter set must hold.
///
/// Each filter becomes a SQL condition over `events e` with bound parameters only.
public struct EventFilter: Sendable, Hashable {
    /// A source or target actor whose normalised name is this name or holds it as whole words ("trump" finds "Donald Trump").
    public var actor: String?
    /// ISO 3166 alpha-3 code of a source or target actor.
    public var country: String?
    /// PLOVER event type.
    public var type: String?
    /// Day numbers (since 1970-01-01) of the first and last day; an event counts when its date interval meets the range.
    public var from: Int?
    public var to: Int?
    public var status: String?
    public var topic: String?
    /// Words the article (title or text) must all contain.
    public var words: [String] = []

    public init(actor: String? = nil, country: String? = nil, type: String? = nil, from: Int? = nil, to: Int? = nil,
                status: String? = nil, topic: String? = nil, words: [String] = []) {
        self.actor = actor
        self.country = country
        self.type = type
        self.from = from
        self.to = to
        self.status = status
        self.topic = topic
        self.words = words
    }

    /// The conditions, joined with AND ("1" when there are none), and their arguments.
    /// With `inOrder`, the words filter is kept from choosing rows by article (SQLite's unary `+`),
    /// so that a list can walk the index of its order and stop at its first rows: far quicker when
    /// the words are in many articles (``Store/wordsAreCommon(_:_:)``), far slower when in few.
    func sql(inOrder: Bool = false) -> (String, StatementArguments) {
        var conditions: [String] = []
        var args: [any DatabaseValueConvertible] = []
        if let actor, !ActorKey.normalize(actor).isEmpty {
            let key = ActorKey.normalize(actor)
            // The LIKE is tried on each distinct key (a walk of the name_key index), not on every link;
            // LIMIT -1 keeps SQLite from pushing the WHERE into the DISTINCT.
            conditions.append("""
                e.id IN (SELECT event_id FROM event_actors WHERE name_key IN (
                         SELECT k FROM (SELECT DISTINCT name_key AS k FROM event_actors LIMIT -1)
                         WHERE k = ? OR k = ? OR (' ' || substr(k, 3) || ' ') LIKE ? ESCAPE '\\'))
                """)
            let escaped = key.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                .replacingOccurrences(of: "_", with: "\\_")
            args += ["n:" + key, ActorKey.countryKey(actor), "% " + escaped + " %"]
        }
        if let country, !country.isEmpty {
            conditions.append("e.id IN (SELECT event_id FROM event_actors WHERE country = ?)")
            args.append(country.uppercased())
        }
        if let type, !type.isEmpty {
            conditions.append("e.type = ?")
            args.append(type.uppercased())
        }
        if let from {
            conditions.append("e.date_last >= ?")
            args.append(from)
        }
        if let to {
            conditions.append("e.date_first <= ?")
            args.append(to)
        }
        if let status, !status.isEmpty {
            conditions.append("e.status = ?")
            args.append(status.lowercased())
        }
        if let topic, !topic.isEmpty {
            conditions.append("e.id IN (SELECT event_id FROM event_topics WHERE topic = ?)")
            args.append(topic.lowercased())
        }
        if let match = wordsMatch {
            conditions.append("\(inOrder ? "+" : "")e.article_id IN (SELECT rowid FROM article_words WHERE article_words MATCH ?)")
            args.append(match)
        }
        return (conditions.isEmpty ? "1" : conditions.joined(separator: " AND "), StatementArguments(args))
    }

    /// The words as a full-text query: each a quoted FTS5 string, so no user text is read as query syntax.
    var wordsMatch: String? {
        let terms = words.filter { !$0.isEmpty }
        if terms.isEmpty { return nil }
        return terms.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " AND ")
    }
}
