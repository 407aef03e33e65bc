import GRDB

/// A row of `actors`: one actor of one article.
public struct ActorRow: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "actors"

    public var articleID: Int64
    /// The actor's id inside its document ("a1").
    public var actorID: String
    public var name: String
    /// ``ActorKey`` of the actor: how reports in other articles find it.
    public var nameKey: String
    public var kind: String
    public var country: String?
    public var sector: String?
    /// Roles joined with "; ".
    public var roles: String
    public var mentions: Int

    public enum Columns {
        public static let articleID = Column(CodingKeys.articleID)
        public static let nameKey = Column(CodingKeys.nameKey)
        public static let mentions = Column(CodingKeys.mentions)
    }

    enum CodingKeys: String, CodingKey {
        case articleID = "article_id", actorID = "actor_id", name, nameKey = "name_key", kind, country, sector, roles, mentions
    }
}
