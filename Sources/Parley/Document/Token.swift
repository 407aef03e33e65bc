/// A token of the text: a word, number, or punctuation mark.
public struct Token: Sendable, Hashable {
    /// Scalar offset of the first scalar in the original text.
    public var start: Int
    /// Scalar offset one past the last scalar.
    public var end: Int
    /// The token's normalised text (curly quotes and dashes mapped to ASCII).
    public var text: String { didSet { lower = Token.lowercase(text) } }
    /// ``text`` in lower case, computed once so that no stage lower-cases a token again.
    public private(set) var lower: String
    /// The token's shape class, computed once by the tokenizer.
    public var kind: Kind
    /// Whether a line break separates this token from the previous one.
    public var startsLine: Bool

    public enum Kind: UInt8, Sendable, Hashable {
        case word, number, punctuation, symbol
    }

    public init(start: Int, end: Int, text: String, kind: Kind, startsLine: Bool = false) {
        self.start = start
        self.end = end
        self.text = text
        self.lower = Token.lowercase(text)
        self.kind = kind
        self.startsLine = startsLine
    }

    /// `text.lowercased()`, without allocating for ASCII words that are already lower-case.
    @inline(__always) static func lowercase(_ text: String) -> String {
        var hasUpper = false
        for b in text.utf8 {
            if b >= 0x80 { return text.lowercased() }
            if b >= 65 && b <= 90 { hasUpper = true }
        }
        guard hasUpper else { return text }
        let n = text.utf8.count
        return String(unsafeUninitializedCapacity: n) { buf in
            var k = 0
            for b in text.utf8 { buf[k] = b >= 65 && b <= 90 ? b + 32 : b; k += 1 }
            return n
        }
    }

    /// Whether the token begins with an upper-case letter.
    public var isCapitalized: Bool {
        // ASCII is answered without Unicode's property tables, which every stage asks often
        guard let b = text.utf8.first else { return false }
        if b < 0x80 { return b >= 65 && b <= 90 }
        return text.unicodeScalars.first?.properties.isUppercase ?? false
    }

    /// Whether the token is made of letters and at least one is lower-case.
    public var isLowercaseWord: Bool {
        guard kind == .word, let b = text.utf8.first else { return false }
        if b < 0x80 { return b >= 97 && b <= 122 }
        return text.unicodeScalars.first?.properties.isLowercase ?? false
    }

    /// Whether the token reads as an adverb in -ly ("also", "reportedly"): a lower-case word, so that the
    /// names in "Kelly said" and "visited Italy" are not passed over as adverbs.
    public var isLyAdverb: Bool { isLowercaseWord && text.hasSuffix("ly") }
}

/// A sentence: a span of the text and the range of its tokens.
public struct Sentence: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int
    /// Indices into ``Document/tokens``.
    public var tokenRange: Range<Int>

    public init(start: Int, end: Int, tokenRange: Range<Int>) {
        self.start = start
        self.end = end
        self.tokenRange = tokenRange
    }

    enum CodingKeys: String, CodingKey { case start, end }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        start = try c.decode(Int.self, forKey: .start)
        end = try c.decode(Int.self, forKey: .end)
        tokenRange = 0..<0
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
    }
}
