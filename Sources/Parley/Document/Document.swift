/// One article and every layer the pipeline has added to it.
///
/// Offsets everywhere are in Unicode scalars into ``text`` (what Python's `str`
/// indexes), end-exclusive. Stages read the layers written before them and add
/// their own; none rewrites an earlier one.
public struct Document: Sendable {
    /// Identity and dates of the article.
    public var info: DocumentInfo
    /// The original input text, unchanged.
    public let text: String
    /// The original text as Unicode scalars, for O(1) offset slicing.
    public let scalars: [Unicode.Scalar]
    /// The text after normalisation: the same length as ``scalars``, one
    /// normalised scalar for each original one, so offsets carry over as they are.
    public var normalized: [Unicode.Scalar]
    public var tokens: [Token] = []
    public var sentences: [Sentence] = []
    public var entities: [Entity] = []
    public var actors: [Actor] = []
    public var times: [TimeExpression] = []
    public var places: [Place] = []
    public var quotes: [Quote] = []
    public var events: [Event] = []

    /// Creates a document with no layers yet.
    public init(text: String, info: DocumentInfo) {
        self.text = text
        self.info = info
        self.scalars = Array(text.unicodeScalars)
        self.normalized = scalars
    }

    /// The original text between two scalar offsets.
    public func slice(_ start: Int, _ end: Int) -> String {
        let lo = max(0, min(start, scalars.count))
        let hi = max(lo, min(end, scalars.count))
        return String(scalars: scalars[lo..<hi])
    }

    /// The normalised text between two scalar offsets.
    public func normalizedSlice(_ start: Int, _ end: Int) -> String {
        let lo = max(0, min(start, normalized.count))
        let hi = max(lo, min(end, normalized.count))
        return String(scalars: normalized[lo..<hi])
    }

    /// The index of the sentence holding a scalar offset, if any.
    public func sentenceIndex(containing offset: Int) -> Int? {
        var lo = 0, hi = sentences.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let s = sentences[mid]
            if offset < s.start { hi = mid - 1 } else if offset >= s.end { lo = mid + 1 } else { return mid }
        }
        return nil
    }
}

/// Identity and dates of an article: the `document` object of the JSON contract.
public struct DocumentInfo: Sendable, Hashable, Codable {
    public var id: String
    /// The article's date as `YYYY-MM-DD`, or nil when neither the caller nor the text gives one.
    public var published: String?
    public var title: String?
    public var source: String?
    public var url: String?

    public init(id: String, published: String? = nil, title: String? = nil, source: String? = nil, url: String? = nil) {
        self.id = id
        self.published = published
        self.title = title
        self.source = source
        self.url = url
    }

    enum CodingKeys: String, CodingKey { case id, published, title, source, url }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(published, forKey: .published)
        try c.encode(title, forKey: .title)
        try c.encode(source, forKey: .source)
        if let url { try c.encode(url, forKey: .url) }
    }
}

extension String {
    /// A string of Unicode scalars, written straight as UTF-8 (appending to a `UnicodeScalarView`
    /// one scalar at a time was a tenth of the pipeline's time).
    init(scalars: ArraySlice<Unicode.Scalar>) {
        var bytes = 0
        for u in scalars { bytes += UTF8.width(u) }
        self.init(unsafeUninitializedCapacity: bytes) { buf in
            var k = 0
            for u in scalars {
                let v = u.value
                if v < 0x80 {
                    buf[k] = UInt8(v); k += 1
                } else {
                    UTF8.encode(u) { buf[k] = $0; k += 1 }
                }
            }
            return k
        }
    }
}
