import Foundation

extension Document: Codable {
    enum CodingKeys: String, CodingKey {
        case document, text, sentences, entities, actors, times, places, quotes, events
    }

    /// Reads a document JSON object. The `text` key is optional (the contract
    /// does not carry it); without it the layers are kept and the text is empty.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let info = try c.decode(DocumentInfo.self, forKey: .document)
        let text = try c.decodeIfPresent(String.self, forKey: .text) ?? ""
        self.init(text: text, info: info)
        sentences = try c.decodeIfPresent([Sentence].self, forKey: .sentences) ?? []
        entities = try c.decodeIfPresent([Entity].self, forKey: .entities) ?? []
        actors = try c.decodeIfPresent([Actor].self, forKey: .actors) ?? []
        times = try c.decodeIfPresent([TimeExpression].self, forKey: .times) ?? []
        places = try c.decodeIfPresent([Place].self, forKey: .places) ?? []
        quotes = try c.decodeIfPresent([Quote].self, forKey: .quotes) ?? []
        events = try c.decodeIfPresent([Event].self, forKey: .events) ?? []
    }

    /// Writes the document JSON of the contract in ../DESIGN.md (without the text).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(info, forKey: .document)
        try c.encode(sentences, forKey: .sentences)
        try c.encode(entities, forKey: .entities)
        try c.encode(actors, forKey: .actors)
        try c.encode(times, forKey: .times)
        try c.encode(places, forKey: .places)
        try c.encode(quotes, forKey: .quotes)
        try c.encode(events, forKey: .events)
    }

    /// The document as compact JSON bytes, written straight from its fields; throws for a number JSON
    /// cannot hold (NaN, infinity).
    public func jsonBytes() throws(ParleyError) -> [UInt8] { try DocumentJSON.bytes(self) }

    /// The document as JSON: compact on one line (for JSON Lines) or pretty-printed.
    public func jsonData(pretty: Bool = false) throws -> Data {
        if !pretty { return Data(try DocumentJSON.bytes(self)) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
