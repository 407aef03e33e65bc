/// A direct quotation and the actor who said it.
public struct Quote: Sendable, Hashable, Codable {
    /// The quoted words, without the quotation marks.
    public var text: String
    public var start: Int
    public var end: Int
    /// The id of the speaking actor, or nil when the text does not say.
    public var speaker: String?
    /// The speech verb or cue that ties the quote to its speaker ("said", "according to").
    public var cue: String?
    /// For words quoted inside reported speech ("Clinton says the plan is “a disaster”"), the whole
    /// reported clause the speaker is credited with; nil when the quotation is the whole of it.
    public var content: Span?
    /// The words of the attribution that name the speaker ("Clinton", "she", "a State Department spokesman"),
    /// also when they name no one the document identifies ("two officials said").
    public var source: Span?

    public init(text: String, start: Int, end: Int, speaker: String?, cue: String? = nil, content: Span? = nil, source: Span? = nil) {
        self.text = text
        self.start = start
        self.end = end
        self.speaker = speaker
        self.cue = cue
        self.content = content
        self.source = source
    }

    enum CodingKeys: String, CodingKey { case text, start, end, speaker, cue, content, source }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(speaker, forKey: .speaker)
        if let cue { try c.encode(cue, forKey: .cue) }
        if let content { try c.encode(content, forKey: .content) }
        if let source { try c.encode(source, forKey: .source) }
    }
}
