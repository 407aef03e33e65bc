import Dispatch

/// Runs stages in order over one document at a time.
///
/// ```swift
/// let pipeline = try Pipeline.standard()
/// let doc = pipeline.run(text: article, id: "a1", published: "2018-04-23")
/// ```
public struct Pipeline: Sendable {
    public let stages: [any Stage]

    public init(stages: [any Stage]) {
        self.stages = stages
    }

    /// The stages Parley ships, in order, with their resources loaded.
    /// - Parameter actors: the actor dictionary (the shipped one unless a user adds their own).
    public static func standard(actors: ActorDictionary = .shared) throws -> Pipeline {
        // The place gazetteer, the largest table, loads on another thread while the entity model
        // loads on this one; the place resolver then waits for it.
        DispatchQueue.global().async { _ = Gazetteer.shared }
        return Pipeline(stages: [
            TextNormalizer(),
            Tokenizer(),
            SentenceSplitter(),
            DatelineReader(),
            EntityRecognizer(),
            ActorResolver(dictionary: actors),
            TimeTagger(),
            PlaceResolver(),
            QuoteExtractor(),
            EventCoder(),
        ])
    }

    /// A pipeline holding only the stages up to and including the named one.
    public func prefix(through name: String) -> Pipeline {
        guard let i = stages.firstIndex(where: { $0.name == name }) else { return self }
        return Pipeline(stages: Array(stages[...i]))
    }

    /// Runs every stage over a document.
    public func run(_ document: Document) -> Document {
        var doc = document
        for stage in stages { stage.process(&doc) }
        return doc
    }

    /// Builds a document from text and runs every stage over it.
    public func run(text: String, id: String, published: String? = nil, title: String? = nil,
                    source: String? = nil, url: String? = nil) -> Document {
        run(Document(text: text, info: DocumentInfo(id: id, published: published, title: title, source: source, url: url)))
    }
}
