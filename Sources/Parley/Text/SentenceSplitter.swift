/// Groups tokens into sentences as a careful reader would.
///
/// A sentence ends at `.`, `!`, `?` (closing quotes and brackets stay with it)
/// unless the next word is lower-case; after an abbreviation that may close a
/// sentence ("U.S.", "Jr.") only when a typical sentence opener follows; never
/// after a title ("Gen.", "Mr.") or an initial. A line break ends a sentence
/// too — headlines, datelines, captions and trailers are lines of their own —
/// except in hard-wrapped text, where a line break inside a sentence is a space.
public struct SentenceSplitter: Stage {
    public let name = "sentences"

    public init() {}

    public func process(_ document: inout Document) {
        let tokens = document.tokens
        guard !tokens.isEmpty else { document.sentences = []; return }
        let text = document.normalized
        let wrapped = Self.isHardWrapped(text)
        var sentences: [Sentence] = []
        var first = 0
        var i = 0
        func close(_ last: Int) {
            if last >= first {
                sentences.append(Sentence(start: tokens[first].start, end: tokens[last].end, tokenRange: first..<(last + 1)))
            }
            first = last + 1
        }
        while i < tokens.count {
            let t = tokens[i]
            if i > first && t.startsLine && breaksAtLine(before: i, tokens: tokens, text: text, wrapped: wrapped) {
                close(i - 1)
                continue
            }
            if let last = sentenceEnd(at: i, tokens: tokens) {
                close(last)
                i = last + 1
                continue
            }
            i += 1
        }
        if first < tokens.count { close(tokens.count - 1) }
        document.sentences = sentences
    }

    /// If token `i` ends a sentence, the index of the sentence's last token
    /// (closing quotes and brackets included).
    func sentenceEnd(at i: Int, tokens: [Token]) -> Int? {
        let t = tokens[i]
        var last = i
        func absorbClosers() {
            while last + 1 < tokens.count {
                let nx = tokens[last + 1]
                let closer = nx.text == "\"" || nx.text == "'" || nx.text == ")" || nx.text == "]"
                guard closer, nx.start == tokens[last].end else { break }
                // a quote mark directly after the stop closes the quotation
                last += 1
            }
        }
        switch t.text {
        case ".", "!", "?":
            absorbClosers()
            guard let next = nextToken(after: last, tokens) else { return last }
            if next.startsLine { return last }
            if next.isLowercaseWord || next.text == "," || next.text == ";" { return nil }
            return last
        case "...", "…":
            guard i > 0, tokens[i - 1].text != "," else { return nil }
            absorbClosers()
            guard let next = nextToken(after: last, tokens) else { return last }
            return next.startsLine || (next.kind == .word && next.isCapitalized && Abbreviations.sentenceStarters.contains(next.text)) ? last : nil
        default:
            guard t.kind == .word, t.text.count > 1, t.text.hasSuffix(".") else { return nil }
            // an abbreviation or initialism: a sentence ends only before an opener
            let stem = t.text.dropLast()
            if Abbreviations.isTitle(stem) { return nil }
            absorbClosers()
            guard let next = nextToken(after: last, tokens) else { return last }
            if next.startsLine { return last }
            // "10:35 a.m. (0735 GMT) Friday": a clock time's other zone in brackets goes on with the sentence
            if next.text == "(", ["a.m", "p.m"].contains(stem.lowercased()), last + 2 < tokens.count, tokens[last + 2].kind == .number {
                return nil
            }
            if next.text == "\"" || next.text == "(" { return last }
            return Abbreviations.sentenceStarters.contains(next.text) ? last : nil
        }
    }

    func nextToken(after i: Int, _ tokens: [Token]) -> Token? {
        i + 1 < tokens.count ? tokens[i + 1] : nil
    }

    /// Whether the line break before token `i` ends the sentence that runs into it.
    func breaksAtLine(before i: Int, tokens: [Token], text: [Unicode.Scalar], wrapped: Bool) -> Bool {
        let prev = tokens[i - 1], t = tokens[i]
        var newlines = 0
        for k in prev.end..<t.start where text[k] == "\n" { newlines += 1 }
        if newlines >= 2 { return true }
        if !wrapped {
            // a new line that continues a sentence starts lower-case after an open clause
            return !(t.isLowercaseWord && (prev.kind == .word || prev.text == ","))
        }
        // hard-wrapped text: a short line before the break ends a paragraph
        var lineStart = prev.end
        while lineStart > 0 && text[lineStart - 1] != "\n" { lineStart -= 1 }
        return prev.end - lineStart < 40 && !t.isLowercaseWord
    }

    /// Whether the text is wrapped at a fixed width, so that a single line break is a space.
    static func isHardWrapped(_ text: [Unicode.Scalar]) -> Bool {
        var lengths: [Int] = []
        var openEnds = 0
        var current = 0
        var last: Unicode.Scalar = " "
        for c in text {
            if c == "\n" {
                if current > 0 {
                    lengths.append(current)
                    if last != "." && last != "\"" && last != "?" && last != "!" && last != ":" { openEnds += 1 }
                }
                current = 0
            } else {
                current += 1
                if c != " " { last = c }
            }
        }
        guard lengths.count >= 6 else { return false }
        let mid = lengths.filter { $0 >= 40 && $0 <= 100 }.count
        return Double(mid) >= 0.6 * Double(lengths.count) && Double(openEnds) >= 0.5 * Double(lengths.count)
            && (lengths.max() ?? 0) <= 100
    }
}
