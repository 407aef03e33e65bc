import GRDB

/// A row of `incidents`: one real-world event, merged from every report of it.
public struct IncidentRow: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "incidents"

    /// "inc-" and 16 hex digits of the hash of its smallest report key: the same whatever the order of ingestion.
    public var id: String
    public var mergeKey: String
    public var type: String
    /// The union of its reports' date intervals (day numbers), nil for an undated single report.
    public var dateFirst: Int?
    public var dateLast: Int?
    public var numReports: Int
    public var numArticles: Int

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let mergeKey = Column(CodingKeys.mergeKey)
        public static let numReports = Column(CodingKeys.numReports)
    }

    enum CodingKeys: String, CodingKey {
        case id, mergeKey = "merge_key", type, dateFirst = "date_first", dateLast = "date_last"
        case numReports = "num_reports", numArticles = "num_articles"
    }
}
