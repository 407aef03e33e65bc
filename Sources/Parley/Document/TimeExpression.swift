/// A TIMEX3 time expression with its normalised value.
public struct TimeExpression: Sendable, Hashable, Codable {
    public var text: String
    public var start: Int
    public var end: Int
    public var type: TimeType
    /// The TIMEX3 value (`2018-04-23`, `2018-W16`, `P2W`, `PAST_REF`…), or nil when unresolved.
    public var value: String?
    /// The TimeML `mod` attribute (`BEFORE`, `APPROX`, `START`…), when one applies.
    public var mod: String?

    public init(text: String, start: Int, end: Int, type: TimeType, value: String?, mod: String? = nil) {
        self.text = text
        self.start = start
        self.end = end
        self.type = type
        self.value = value
        self.mod = mod
    }

    enum CodingKeys: String, CodingKey { case text, start, end, type, value, mod }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(type, forKey: .type)
        try c.encode(value, forKey: .value)
        if let mod { try c.encode(mod, forKey: .mod) }
    }
}

/// The four TIMEX3 types.
public enum TimeType: String, Sendable, Hashable, Codable, CaseIterable {
    case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
}
