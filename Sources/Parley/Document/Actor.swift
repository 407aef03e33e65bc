/// One real-world entity of a document, with every mention linked to it.
public struct Actor: Sendable, Hashable, Codable {
    public var id: String
    /// The canonical name: the fullest name the document gives.
    public var name: String
    public var kind: ActorKind
    /// ISO 3166 alpha-3 code of the country the actor belongs to or speaks for.
    public var country: String?
    /// PLOVER sector code (GOV, MIL, JRN…).
    public var sector: String?
    /// Titles and roles the document gives the actor.
    public var roles: [String]
    /// How many entity mentions link to the actor.
    public var mentions: Int

    public init(id: String, name: String, kind: ActorKind, country: String? = nil, sector: String? = nil,
                roles: [String] = [], mentions: Int = 0) {
        self.id = id
        self.name = name
        self.kind = kind
        self.country = country
        self.sector = sector
        self.roles = roles
        self.mentions = mentions
    }

    enum CodingKeys: String, CodingKey { case id, name, kind, country, sector, roles, mentions }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        kind = try c.decode(ActorKind.self, forKey: .kind)
        country = try c.decodeIfPresent(String.self, forKey: .country)
        sector = try c.decodeIfPresent(String.self, forKey: .sector)
        roles = try c.decodeIfPresent([String].self, forKey: .roles) ?? []
        mentions = try c.decodeIfPresent(Int.self, forKey: .mentions) ?? 0
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(kind, forKey: .kind)
        try c.encode(country, forKey: .country)
        try c.encode(sector, forKey: .sector)
        try c.encode(roles, forKey: .roles)
        try c.encode(mentions, forKey: .mentions)
    }
}

/// What sort of actor: a person, an organisation, a country or government acting, or a group.
public enum ActorKind: String, Sendable, Hashable, Codable, CaseIterable {
    case person, organization, country, group
}
