import GRDB

/// A row of `event_topics`: one topic of one event, lower-cased, for the topic filter.
public struct EventTopicRow: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "event_topics"

    public var eventID: Int64
    public var topic: String

    public enum Columns {
        public static let eventID = Column(CodingKeys.eventID)
        public static let topic = Column(CodingKeys.topic)
    }

    enum CodingKeys: String, CodingKey { case eventID = "event_id", topic }
}
