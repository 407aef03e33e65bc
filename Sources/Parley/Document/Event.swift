/// A coded event: who did what to whom, when, where and about what.
public struct Event: Sendable, Hashable, Codable {
    public var id: String
    /// One of the 16 PLOVER event types (CONSULT, AGREE, …).
    public var type: String
    /// One of the type's PLOVER modes, or nil.
    public var mode: String?
    /// The closest CAMEO code (2–4 digits).
    public var cameo: String
    /// The quad class both ontologies share: 1 verbal cooperation, 2 material
    /// cooperation, 3 verbal conflict, 4 material conflict.
    public var quad: Int
    public var source: [String]
    public var target: [String]
    /// A TIMEX3-style date value, or nil when the text gives none.
    public var date: String?
    public var status: EventStatus
    /// The id of the place where it happened, or nil.
    public var place: String?
    public var topics: [String]
    /// The word or phrase that signals the event.
    public var trigger: Span
    /// Index of the trigger's sentence.
    public var sentence: Int
    public var confidence: Double
    /// Every other mention of the same event in the article.
    public var evidence: [Span]

    public init(id: String, type: String, mode: String?, cameo: String, quad: Int, source: [String], target: [String],
                date: String?, status: EventStatus, place: String?, topics: [String], trigger: Span, sentence: Int,
                confidence: Double, evidence: [Span] = []) {
        self.id = id
        self.type = type
        self.mode = mode
        self.cameo = cameo
        self.quad = quad
        self.source = source
        self.target = target
        self.date = date
        self.status = status
        self.place = place
        self.topics = topics
        self.trigger = trigger
        self.sentence = sentence
        self.confidence = confidence
        self.evidence = evidence
    }

    enum CodingKeys: String, CodingKey {
        case id, type, mode, cameo, quad, source, target, date, status, place, topics, trigger, sentence, confidence, evidence
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        type = try c.decode(String.self, forKey: .type)
        mode = try c.decodeIfPresent(String.self, forKey: .mode)
        cameo = try c.decode(String.self, forKey: .cameo)
        quad = try c.decodeIfPresent(Int.self, forKey: .quad) ?? 0
        source = try c.decode([String].self, forKey: .source)
        target = try c.decode([String].self, forKey: .target)
        date = try c.decodeIfPresent(String.self, forKey: .date)
        status = try c.decode(EventStatus.self, forKey: .status)
        place = try c.decodeIfPresent(String.self, forKey: .place)
        topics = try c.decodeIfPresent([String].self, forKey: .topics) ?? []
        trigger = try c.decode(Span.self, forKey: .trigger)
        sentence = try c.decode(Int.self, forKey: .sentence)
        confidence = try c.decodeIfPresent(Double.self, forKey: .confidence) ?? 0
        evidence = try c.decodeIfPresent([Span].self, forKey: .evidence) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(type, forKey: .type)
        try c.encode(mode, forKey: .mode)
        try c.encode(cameo, forKey: .cameo)
        try c.encode(quad, forKey: .quad)
        try c.encode(source, forKey: .source)
        try c.encode(target, forKey: .target)
        try c.encode(date, forKey: .date)
        try c.encode(status, forKey: .status)
        try c.encode(place, forKey: .place)
        try c.encode(topics, forKey: .topics)
        try c.encode(trigger, forKey: .trigger)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(confidence, forKey: .confidence)
        try c.encode(evidence, forKey: .evidence)
    }
}

/// Whether an event happened, is planned, is only supposed, or is denied.
public enum EventStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case occurred, planned, hypothetical, negated
}

/// A piece of text with its offsets.
public struct Span: Sendable, Hashable, Codable {
    public var text: String
    public var start: Int
    public var end: Int

    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}
