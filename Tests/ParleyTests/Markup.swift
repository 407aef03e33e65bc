import Parley

/// Builds documents from marked-up text, so that the actor, quote and event stages can be
/// tested apart from the entity and time taggers: `[PERSON Ana Ruiz]`, `[DATE=2019-03-04 Monday]`.
enum Markup {
    static func document(_ marked: String, published: String? = nil) -> Document {
        var plain = String.UnicodeScalarView()
        var entities: [Entity] = []
        var times: [TimeExpression] = []
        let s = Array(marked.unicodeScalars)
        var i = 0
        while i < s.count {
            if s[i] == "[", let close = s[i...].firstIndex(of: "]"), let space = s[i..<close].firstIndex(of: " ") {
                let tag = String(String.UnicodeScalarView(s[(i + 1)..<space]))
                let inner = String.UnicodeScalarView(s[(space + 1)..<close])
                let start = plain.count
                plain.append(contentsOf: inner)
                let text = String(inner)
                if tag.hasPrefix("DATE=") {
                    times.append(TimeExpression(text: text, start: start, end: plain.count, type: .date, value: String(tag.dropFirst(5))))
                } else if let type = EntityType(rawValue: tag) {
                    entities.append(Entity(text: text, start: start, end: plain.count, type: type))
                }
                i = close + 1
                continue
            }
            plain.append(s[i])
            i += 1
        }
        let pipeline = Pipeline(stages: [TextNormalizer(), Tokenizer(), SentenceSplitter()])
        var doc = pipeline.run(text: String(plain), id: "markup", published: published)
        doc.entities = entities
        doc.times = times
        for stage in [ActorResolver(), QuoteExtractor(), EventCoder()] as [any Stage] { stage.process(&doc) }
        return doc
    }
}

extension Document {
    func actor(_ id: String?) -> Actor? { actors.first { $0.id == id } }
    func actorNamed(_ name: String) -> Actor? { actors.first { $0.name == name } }
    func names(_ ids: [String]) -> [String] { ids.compactMap { actor($0)?.name } }
}
