/// Finds direct quotations and who said them.
///
/// Quotations are runs between double quote marks (curly or straight), inside
/// a sentence or across several; a quotation left open at a paragraph's end
/// that reopens in the next is one quotation per paragraph, as newspapers
/// print them. The speaker comes from the words around it: `"…," X said`,
/// `"…," said X`, `X said: "…"`, `X told reporters, "…"`, `according to X`;
/// "he" or "she" is the person last named before it. A quotation standing as
/// its own paragraph with no cue is given to the speaker of the quotation just
/// before it, else to the subject of the sentence before it. Fewer than four
/// words in quotation marks with no speaker are taken for scare quotes or titles
/// and left out.
public struct QuoteExtractor: Stage {
    public let name = "quotes"

    public init() {}

    public func process(_ doc: inout Document) {
        let spans = QuoteExtractor.quoteSpans(doc.normalized)
        guard !spans.isEmpty else { doc.quotes = []; return }
        let finder = SpeakerFinder(doc: doc)
        var quotes: [Quote] = []
        var previous: (end: Int, speaker: String?)?
        for (open, close) in spans {
            // the words inside the marks, trimmed
            var a = open + 1, b = close
            while a < b && CharClass.isSpace(doc.normalized[a]) { a += 1 }
            while b > a && CharClass.isSpace(doc.normalized[b - 1]) { b -= 1 }
            guard b > a else { continue }
            var (speaker, cue) = finder.speaker(openMark: open, closeMark: close)
            if speaker == nil, finder.standsAlone(open: open, close: close) {
                if let p = previous, p.speaker != nil, finder.paragraphsBetween(p.end, open) <= 1 {
                    speaker = p.speaker
                } else {
                    speaker = finder.subjectOfSentence(before: open)
                }
            }
            // a word or three in quotation marks with no one saying them is a scare quote or a title
            let words = doc.normalized[a..<b].split(whereSeparator: { CharClass.isSpace($0) }).count
            if words < 4 && speaker == nil { continue }
            quotes.append(Quote(text: doc.slice(a, b), start: a, end: b, speaker: speaker, cue: cue))
            previous = (close, speaker)
        }
        doc.quotes = quotes
    }

    /// Pairs of (opening mark, closing mark or paragraph end) offsets in the normalised text.
    static func quoteSpans(_ s: [Unicode.Scalar]) -> [(Int, Int)] {
        var spans: [(Int, Int)] = []
        var open: Int?
        let n = s.count
        var i = 0
        while i < n {
            let c = s[i]
            if c == "\n", let o = open {
                // a paragraph ends inside a quotation: close it here when the next paragraph reopens one
                var j = i
                while j < n && CharClass.isSpace(s[j]) { j += 1 }
                if j < n && s[j] == "\"" {
                    spans.append((o, i))
                    open = nil
                }
            } else if c == "\"" {
                let before: Unicode.Scalar = i > 0 ? s[i - 1] : " "
                let after: Unicode.Scalar = i + 1 < n ? s[i + 1] : " "
                let opening = CharClass.isSpace(before) || before == "(" || before == "[" || before == "-" || i == 0
                let closing = CharClass.isSpace(after) || CharClass.isPunctuation(after) || i + 1 == n
                if let o = open {
                    if closing || !opening { spans.append((o, i)); open = nil }
                } else if opening || !closing {
                    open = i
                }
            }
            i += 1
        }
        if let o = open {
            var end = n
            while end > o + 1 && CharClass.isSpace(s[end - 1]) { end -= 1 }
            spans.append((o, end))
        }
        return spans
    }
}

/// Finds the speaker of a quotation from the words around it.
struct SpeakerFinder {
    let doc: Document
    let index: EntityIndex
    let words: [String]

    init(doc: Document) {
        self.doc = doc
        self.index = EntityIndex(doc)
        self.words = doc.tokens.map { $0.text.lowercased() }
    }

    func token(at offset: Int) -> Int { EntityIndex.firstToken(endingAfter: offset, doc.tokens) }

    func actor(at t: Int) -> (String, Range<Int>)? {
        guard t >= 0, t < doc.tokens.count, let e = index.entity(atToken: t), let a = doc.entities[e].actor else { return nil }
        return (a, index.tokenRanges[e])
    }

    /// The speaker and cue word of the quotation between two marks, from the words after and before it.
    func speaker(openMark: Int, closeMark: Int) -> (String?, String?) {
        let closeTok = token(at: closeMark)
        let openTok = token(at: openMark)
        let sentenceEnd = doc.sentenceIndex(containing: doc.tokens[min(closeTok, doc.tokens.count - 1)].start).map { doc.sentences[$0].tokenRange.upperBound } ?? doc.tokens.count
        // after: "…," X said / said X / X told Y
        var i = closeTok + 1
        if i < sentenceEnd, words[i] == "," { i += 1 }
        // "…." Clinton said. — the attribution may stand as a short sentence of its own after the quote
        var limit = min(sentenceEnd, i + 8)
        if limit == sentenceEnd, i >= sentenceEnd {
            limit = min(doc.tokens.count, i + 8)
            if let open = (i..<limit).first(where: { words[$0] == "\"" }) { limit = open }
        }
        var j = i
        var who: String?
        while j < limit {
            let w = words[j]
            if SpeechVerbs.forms.contains(w) {
                if let who { return (who, doc.tokens[j].text) }
                // said X (the title words before a name are skipped)
                var k = j + 1
                while k < limit, actor(at: k) == nil, ["the", "a", "an"].contains(words[k]) || index.entity(atToken: k) != nil || doc.tokens[k].isCapitalized { k += 1 }
                if let (a, _) = actor(at: k) { return (a, doc.tokens[j].text) }
                if k < limit, words[k] == "he" || words[k] == "she" { return (recentPerson(before: openTok), doc.tokens[j].text) }
                break
            }
            if who == nil, let (a, r) = actor(at: j) { who = a; j = r.upperBound; continue }
            if who == nil, w == "he" || w == "she" { who = recentPerson(before: openTok) }
            if w == "." || w == "\"" { break }
            j += 1
        }
        // according to X
        j = closeTok + 1
        while j + 2 < min(sentenceEnd, closeTok + 14) {
            if words[j] == "according" && words[j + 1] == "to", let (a, _) = actor(at: j + 2) {
                // only when no speaker was named between: "…," Moon said, according to the Post → Moon
                if who == nil { return (a, "according to") }
            }
            j += 1
        }
        // before: X said: "…" / X told reporters, "…"
        let sentenceStart = doc.sentenceIndex(containing: doc.tokens[min(openTok, doc.tokens.count - 1)].start).map { doc.sentences[$0].tokenRange.lowerBound } ?? 0
        var k = openTok - 1
        var cue: String?
        while k >= max(sentenceStart, openTok - 12) {
            if SpeechVerbs.forms.contains(words[k]) { cue = doc.tokens[k].text }
            if cue != nil {
                var m = k - 1
                while m >= sentenceStart {
                    if let (a, r) = actor(at: m) {
                        let prep = r.lowerBound > sentenceStart ? words[r.lowerBound - 1] : ""
                        if !EventCoding.prepositions.contains(prep) { return (a, cue) }
                        m = r.lowerBound - 1
                        continue
                    }
                    if words[m] == "he" || words[m] == "she" { return (recentPerson(before: m), cue) }
                    m -= 1
                }
                break
            }
            k -= 1
        }
        return (nil, nil)
    }

    /// Whether a quotation fills its paragraph, with no words of attribution around it.
    func standsAlone(open: Int, close: Int) -> Bool {
        let s = doc.normalized
        var a = open - 1
        while a >= 0 && s[a] != "\n" { if !CharClass.isSpace(s[a]) { return false }; a -= 1 }
        var b = close + 1
        while b < s.count && s[b] != "\n" { if !CharClass.isSpace(s[b]) && !CharClass.isPunctuation(s[b]) { return false }; b += 1 }
        return true
    }

    func paragraphsBetween(_ a: Int, _ b: Int) -> Int {
        guard a < b else { return 0 }
        return doc.normalized[a..<b].filter { $0 == "\n" }.count
    }

    /// The person last named before a token, leaving reporters aside.
    func recentPerson(before t: Int) -> String? {
        var i = t - 1
        while i >= max(0, t - 150) {
            if let (a, _) = actor(at: i), let actor = doc.actors.first(where: { $0.id == a }), actor.kind == .person, actor.sector != "JRN" {
                return a
            }
            if let (_, r) = actor(at: i) { i = r.lowerBound - 1 } else { i -= 1 }
        }
        return nil
    }

    /// The subject of the sentence before an offset: its first person not governed by a preposition.
    func subjectOfSentence(before offset: Int) -> String? {
        let t = token(at: offset)
        guard let s = doc.sentenceIndex(containing: doc.tokens[min(t, doc.tokens.count - 1)].start), s > 0 else { return nil }
        let r = doc.sentences[s - 1].tokenRange
        var i = r.lowerBound
        while i < r.upperBound {
            if let (a, ar) = actor(at: i) {
                var p = ar.lowerBound - 1
                while p >= r.lowerBound, let e = index.entity(atToken: p), doc.entities[e].type == .title { p = index.tokenRanges[e].lowerBound - 1 }
                let prep = p >= r.lowerBound ? words[p] : ""
                let isPerson = doc.actors.first(where: { $0.id == a })?.kind == .person
                if isPerson && !EventCoding.prepositions.contains(prep) { return a }
                i = ar.upperBound
                continue
            }
            i += 1
        }
        return nil
    }
}
