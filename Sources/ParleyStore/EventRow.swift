import GRDB

/// A row of `events`: one event report of one article, flattened for queries and export.
public struct EventRow: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "events"

    public var id: Int64?
    /// Stable across stores and ingestion orders: the first 16 hex digits of the article hash, "/", the event id.
    public var key: String
    public var articleID: Int64
    public var eventID: String
    public var type: String
    public var mode: String?
    public var cameo: String
    public var quad: Int
    /// The TIMEX3 value as the document gives it.
    public var date: String?
    /// The interval the date covers (day numbers since 1970-01-01), nil when it names none.
    public var dateFirst: Int?
    public var dateLast: Int?
    public var status: String
    public var placeName: String?
    public var placeCountry: String?
    public var lat: Double?
    public var lon: Double?
    /// Source and target actors' names, countries and sectors, each joined with "; ".
    public var sourceNames: String
    public var sourceCountries: String
    public var sourceSectors: String
    public var targetNames: String
    public var targetCountries: String
    public var targetSectors: String
    /// Topics joined with "; ".
    public var topics: String
    public var sentence: String
    public var trigger: String
    public var confidence: Double
    /// Reports with the same merge key and overlapping dates are one incident.
    public var mergeKey: String
    /// The incident, nil until the merge after ingest has run.
    public var incidentID: String?

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let key = Column(CodingKeys.key)
        public static let articleID = Column(CodingKeys.articleID)
        public static let type = Column(CodingKeys.type)
        public static let dateFirst = Column(CodingKeys.dateFirst)
        public static let dateLast = Column(CodingKeys.dateLast)
        public static let status = Column(CodingKeys.status)
        public static let mergeKey = Column(CodingKeys.mergeKey)
        public static let incidentID = Column(CodingKeys.incidentID)
    }

    enum CodingKeys: String, CodingKey {
        case id, key, articleID = "article_id", eventID = "event_id", type, mode, cameo, quad, date
        case dateFirst = "date_first", dateLast = "date_last", status
        case placeName = "place_name", placeCountry = "place_country", lat, lon
        case sourceNames = "source_names", sourceCountries = "source_countries", sourceSectors = "source_sectors"
        case targetNames = "target_names", targetCountries = "target_countries", targetSectors = "target_sectors"
        case topics, sentence, trigger, confidence, mergeKey = "merge_key", incidentID = "incident_id"
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
