import GRDB

/// A row of `event_actors`: one source or target actor of one event, for the actor and country filters.
public struct EventActorRow: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "event_actors"

    public var eventID: Int64
    /// 0 for a source, 1 for a target.
    public var role: Int
    public var position: Int
    public var name: String
    public var nameKey: String
    public var country: String?
    public var sector: String?

    public enum Columns {
        public static let eventID = Column(CodingKeys.eventID)
        public static let role = Column(CodingKeys.role)
        public static let nameKey = Column(CodingKeys.nameKey)
        public static let country = Column(CodingKeys.country)
    }

    enum CodingKeys: String, CodingKey {
        case eventID = "event_id", role, position, name, nameKey = "name_key", country, sector
    }
}
