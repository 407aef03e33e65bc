/// Splits the normalised text into words, numbers and punctuation.
///
/// Words keep internal hyphens ("Kyung-wha", "U.S.-Japan"), abbreviation and
/// initialism full stops ("U.S.", "Gen.", "J."), and number separators
/// ("1,000", "3.5"). Clitics split off as news tokenizers (and CoNLL) do:
/// "Seoul's" → "Seoul" "'s", "don't" → "do" "n't".
public struct Tokenizer: Stage {
    public let name = "tokens"

    public init() {}

    public func process(_ document: inout Document) {
        document.tokens = Self.tokenize(document.normalized)
    }

    /// Tokenizes a normalised scalar array.
    public static func tokenize(_ s: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(s.count / 5 + 1)
        let n = s.count
        var i = 0
        var sawNewline = true
        while i < n {
            let c = s[i]
            if CharClass.isSpace(c) {
                if c == "\n" { sawNewline = true }
                i += 1
                continue
            }
            let start = i
            var kind = Token.Kind.punctuation
            if CharClass.isAlnum(c) {
                i = scanWord(s, from: i)
                kind = .word
            } else if c == "'" && i > 0 && CharClass.isLetter(s[i - 1]), let end = clitic(s, at: i) {
                i = end
                kind = .word
            } else if c == "." && i + 2 < n && s[i + 1] == "." && s[i + 2] == "." {
                i += 3
                while i < n && s[i] == "." { i += 1 }
            } else if c == "-" && i + 1 < n && s[i + 1] == "-" {
                i += 2
                while i < n && s[i] == "-" { i += 1 }
            } else if (c == "@" || c == "#") && i + 1 < n && CharClass.isAlnum(s[i + 1]) {
                i = scanWord(s, from: i + 1)
                kind = .symbol
            } else if (c == "$" || c == "€" || c == "£") && i + 1 < n && CharClass.isDigit(s[i + 1]) {
                i += 1
                kind = .symbol
            } else {
                i += 1
                kind = CharClass.isPunctuation(c) ? .punctuation : .symbol
            }
            if kind == .word && s[start..<i].allSatisfy({ CharClass.isDigit($0) || $0 == "," || $0 == "." }) {
                kind = .number
            }
            tokens.append(Token(start: start, end: i, text: String(scalars: s[start..<i]), kind: kind, startsLine: sawNewline))
            sawNewline = false
        }
        return tokens
    }

    /// The end of the word that starts at `i`.
    static func scanWord(_ s: [Unicode.Scalar], from i0: Int) -> Int {
        let n = s.count
        var i = i0
        var segmentStart = i0
        var initialism = true  // every segment so far is one letter followed by a full stop
        while i < n {
            let c = s[i]
            if CharClass.isAlnum(c) { i += 1; continue }
            let next: Unicode.Scalar? = i + 1 < n ? s[i + 1] : nil
            switch c {
            case "-":
                // hyphenated compounds, but not a dash ("--") nor a trailing hyphen
                if let nx = next, CharClass.isAlnum(nx) { i += 1; segmentStart = i; initialism = false; continue }
            case "'":
                // O'Neill, o'clock stay whole; clitics ('s, 're, n't) split off
                if let end = clitic(s, at: i) {
                    let isT = i + 1 < n && (s[i + 1] == "t" || s[i + 1] == "T")
                    if isT && i - 1 == i0 && (s[i0] == "n" || s[i0] == "N") { return end }  // the "n't" itself
                    if i + 1 < n && (s[i + 1] == "t" || s[i + 1] == "T") && i - 1 > i0 && (s[i - 1] == "n" || s[i - 1] == "N") {
                        return i - 1
                    }
                    return i
                }
                if let nx = next, CharClass.isLetter(nx) { i += 1; initialism = false; continue }
            case ".":
                let segLen = i - segmentStart
                let segment = s[segmentStart..<i]
                if segLen == 1 && CharClass.isLetter(s[segmentStart]) && (initialism || CharClass.isUpper(s[segmentStart])) {
                    // "U." of "U.S.", an initial "J.", "a." of "a.m."
                    i += 1
                    segmentStart = i
                    if let nx = next, CharClass.isLetter(nx), i + 1 < n, s[i + 1] == "." || !CharClass.isLetter(s[i + 1]) {
                        continue
                    }
                    // "U.S.-Japan"
                    if i + 1 < n, s[i] == "-", CharClass.isAlnum(s[i + 1]) { continue }
                    return i
                }
                if segmentStart == i0, let nx = next, CharClass.isDigit(s[i - 1]), CharClass.isDigit(nx) {
                    i += 1
                    continue
                }
                if segmentStart == i0 && Abbreviations.isKnown(Substring(String(String.UnicodeScalarView(segment)))) {
                    return i + 1
                }
            case ",":
                // "1,000" but not "2018, and"
                if i > i0, CharClass.isDigit(s[i - 1]), i + 3 < n,
                   CharClass.isDigit(s[i + 1]), CharClass.isDigit(s[i + 2]), CharClass.isDigit(s[i + 3]),
                   i + 4 >= n || !CharClass.isDigit(s[i + 4]) {
                    i += 1
                    continue
                }
            case "&":
                if i > i0, CharClass.isUpper(s[i - 1]), let nx = next, CharClass.isUpper(nx) { i += 1; continue }
            default:
                break
            }
            return i
        }
        return i
    }

    /// The end of a clitic ('s, 're, 've, 'll, 'd, 'm, n't) at an apostrophe, or nil.
    static func clitic(_ s: [Unicode.Scalar], at i: Int) -> Int? {
        let n = s.count
        var j = i + 1
        while j < n && CharClass.isLetter(s[j]) { j += 1 }
        guard j - (i + 1) <= 2 else { return nil }
        var w = ""
        for k in (i + 1)..<j { w.unicodeScalars.append(s[k]) }
        switch w.lowercased() {
        case "s", "re", "ve", "ll", "d", "m", "t":
            return j
        case "":
            // plural possessive "countries'": the apostrophe alone, when a word precedes it
            return (j >= n || !CharClass.isAlnum(s[j])) && i > 0 && (s[i - 1] == "s" || s[i - 1] == "S") ? j : nil
        default:
            return nil
        }
    }
}

/// Fast character classes over Unicode scalars, ASCII first.
enum CharClass {
    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\n" || c == "\t" || c == "\u{0B}" || c == "\u{0C}" || (c.value >= 0x80 && c.properties.isWhitespace)
    }

    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        return c.properties.isAlphabetic
    }

    @inline(__always) static func isUpper(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v >= 65 && v <= 90 }
        return c.properties.isUppercase
    }

    @inline(__always) static func isAlnum(_ c: Unicode.Scalar) -> Bool { isDigit(c) || isLetter(c) }

    static func isPunctuation(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case ".", ",", ";", ":", "!", "?", "\"", "'", "(", ")", "[", "]", "{", "}", "-", "…", "/": return true
        default: return c.properties.generalCategory.isPunctuation
        }
    }
}

extension Unicode.GeneralCategory {
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }
}
