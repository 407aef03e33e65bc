/// A named mention: a person, organisation, place, nationality word or title.
public struct Entity: Sendable, Hashable, Codable {
    public var text: String
    public var start: Int
    public var end: Int
    public var type: EntityType
    /// The id of the actor this mention refers to, if any.
    public var actor: String?
    /// The id of the place this mention was geocoded to, if any.
    public var place: String?

    public init(text: String, start: Int, end: Int, type: EntityType, actor: String? = nil, place: String? = nil) {
        self.text = text
        self.start = start
        self.end = end
        self.type = type
        self.actor = actor
        self.place = place
    }

    enum CodingKeys: String, CodingKey { case text, start, end, type, actor, place }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(type, forKey: .type)
        try c.encode(actor, forKey: .actor)
        if let place { try c.encode(place, forKey: .place) }
    }
}

/// Parley's entity types. CoNLL's PER, ORG, LOC and MISC map onto these:
/// PER → PERSON, ORG → ORG, LOC → GPE or LOC (by the gazetteer), MISC → NORP when
/// it is a nationality word, else MISC.
public enum EntityType: String, Sendable, Hashable, Codable, CaseIterable {
    case person = "PERSON"
    case organization = "ORG"
    case geopolitical = "GPE"
    case location = "LOC"
    case nationality = "NORP"
    case title = "TITLE"
    case miscellaneous = "MISC"
}
