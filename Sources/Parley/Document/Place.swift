/// A toponym mention geocoded to a gazetteer entry.
public struct Place: Sendable, Hashable, Codable {
    public var id: String
    public var text: String
    public var start: Int
    public var end: Int
    /// The gazetteer's name for the place.
    public var name: String
    public var country: String?
    public var lat: Double
    public var lon: Double
    /// Feature kind: country, region, city, site, water, continent…
    public var kind: String
    /// Whether the mention stands for a government ("Seoul said…").
    public var metonym: Bool
    /// The GeoNames id of the entry, when it has one.
    public var geonameid: Int?

    public init(id: String, text: String, start: Int, end: Int, name: String, country: String?,
                lat: Double, lon: Double, kind: String, metonym: Bool, geonameid: Int? = nil) {
        self.id = id
        self.text = text
        self.start = start
        self.end = end
        self.name = name
        self.country = country
        self.lat = lat
        self.lon = lon
        self.kind = kind
        self.metonym = metonym
        self.geonameid = geonameid
    }

    enum CodingKeys: String, CodingKey { case id, text, start, end, name, country, lat, lon, kind, metonym, geonameid }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(text, forKey: .text)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(name, forKey: .name)
        try c.encode(country, forKey: .country)
        try c.encode(lat, forKey: .lat)
        try c.encode(lon, forKey: .lon)
        try c.encode(kind, forKey: .kind)
        try c.encode(metonym, forKey: .metonym)
        if let geonameid { try c.encode(geonameid, forKey: .geonameid) }
    }
}
