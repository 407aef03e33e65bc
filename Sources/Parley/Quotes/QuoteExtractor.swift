/// Finds direct quotations and who said them.
///
/// Quotations are runs between double quote marks (curly or straight), inside
/// a sentence or across several; a quotation left open at a paragraph's end
/// that reopens in the next is one quotation per paragraph, as newspapers
/// print them. The speaker comes from the words around it: `"…," X said`,
/// `"…," said X`, `"…," X, an apposition, said`, `X said: "…"`,
/// `X told reporters, "…"`, `according to X`, `"…" ― X`, `"PENCE: …` in a
/// transcript, `X said:` closing the paragraph before, or `…, X said.` closing
/// the sentence before; "he" or "she" is the person last named before it, and
/// words no actor stands for ("the letter reads", "they wrote") are kept as the
/// quote's `source` with no speaker. A quotation with no cue of its own that carries
/// on the paragraph of an attributed one, or opens the next paragraph, is the
/// same speaker's; one standing alone after no quotation goes to the subject of
/// the sentence before it. Words quoted inside reported speech ("X said the plan
/// was “a disaster”") carry the reported clause as their `content`, and the
/// pieces of one statement printed around its attribution share it. Fewer than
/// four words in quotation marks with no speaker are taken for scare quotes or
/// titles and left out.
public struct QuoteExtractor: Stage {
    public let name = "quotes"

    public init() {}

    public func process(_ doc: inout Document) {
        let spans = QuoteExtractor.quoteSpans(doc.normalized)
        guard !spans.isEmpty else { doc.quotes = []; return }
        let finder = SpeakerFinder(doc: doc)
        var quotes: [Quote] = []
        var previous: (end: Int, speaker: String?, source: Span?)?
        for (open, close) in spans {
            // the words inside the marks, trimmed
            var a = open + 1, b = close
            while a < b && CharClass.isSpace(doc.normalized[a]) { a += 1 }
            while b > a && CharClass.isSpace(doc.normalized[b - 1]) { b -= 1 }
            guard b > a else { continue }
            // a program or book title: "told MSNBC’s “Morning Joe”", "said on “Face the Nation.”"
            if finder.isTitle(openMark: open, a, b) { continue }
            var found = finder.attribution(openMark: open, closeMark: close)
            // a transcript's turn, "“PENCE: Well, look …": the label names the speaker and is no part of the words
            if let (label, next) = finder.transcriptLabel(at: a, before: b) {
                found = SpeakerFinder.Attribution(speaker: label, cue: ":")
                a = next
            }
            var speaker = found.speaker?.actor
            var source = found.speaker.map { w in
                Span(text: doc.slice(doc.tokens[w.words.lowerBound].start, doc.tokens[w.words.upperBound - 1].end),
                     start: doc.tokens[w.words.lowerBound].start, end: doc.tokens[w.words.upperBound - 1].end)
            }
            if found.speaker == nil, let p = previous, p.speaker != nil || p.source != nil {
                // "“…,” Graham said. “But …”": a quotation carrying on the same paragraph, or opening the next
                // one with no cue of its own, is the same speaker's, named by the same words ("“…,” the letter reads.")
                let gap = finder.paragraphsBetween(p.end, open)
                if gap == 0 || (gap == 1 && finder.opensParagraph(open)) { speaker = p.speaker; source = p.source }
            }
            if speaker == nil, source == nil, finder.standsAlone(open: open, close: close) {
                speaker = finder.subjectOfSentence(before: open)
            }
            // a word or three in quotation marks with no one saying them is a scare quote or a title; said by
            // someone no actor stands for ("“It will pass,” the letter reads") they are a quotation
            let words = doc.normalized[a..<b].split(whereSeparator: { CharClass.isSpace($0) }).count
            let said = source != nil && SpeechVerbs.forms.contains(found.cue?.lowercased() ?? "")
            if words < 4 && speaker == nil && !said { continue }
            let content = found.content.map { Span(text: doc.slice($0.lowerBound, $0.upperBound), start: $0.lowerBound, end: $0.upperBound) }
            quotes.append(Quote(text: doc.slice(a, b), start: a, end: b, speaker: speaker, cue: found.cue, content: content, source: source))
            previous = (close, speaker, source)
        }
        doc.quotes = QuoteExtractor.joinSplitQuotations(quotes, finder)
    }

    /// "“Are we there? Probably not,” Moore said. “Are we going to get there? Absolutely.”": one statement printed
    /// around its attribution. Each piece keeps its own words and gets the whole statement as its content.
    static func joinSplitQuotations(_ quotes: [Quote], _ finder: SpeakerFinder) -> [Quote] {
        var out = quotes
        var i = 0
        while i < out.count {
            var j = i
            while j + 1 < out.count, out[j].speaker != nil ? out[j + 1].speaker == out[j].speaker : out[j].source != nil && out[j + 1].source == out[j].source,
                  finder.paragraphsBetween(out[j].end, out[j + 1].start) == 0,
                  // a piece with no attribution of its own carries the statement on, as does one taking up a
                  // sentence the attribution broke off ("“Every time you say that,” Doe said, “you give …”")
                  out[j + 1].cue == nil || (out[j].text.hasSuffix(",") && out[j + 1].text.unicodeScalars.first.map { $0.properties.isLowercase } == true
                                            && finder.isBareAttribution(between: out[j].end, out[j + 1].start)),
                  finder.hasSpeechVerb(between: out[j].end, out[j + 1].start) {
                j += 1
            }
            if j > i {
                let a = out[i].content?.start ?? out[i].start, b = out[j].content?.end ?? out[j].end
                let whole = Span(text: finder.doc.slice(a, b), start: a, end: b)
                for k in i...j { out[k].content = whole }
            }
            i = j + 1
        }
        return out
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

    /// The speaker as the attribution names them: the words ("Clinton", "she", "a spokesman") and the
    /// actor they stand for, nil when the words name no one the document identifies ("sources said").
    struct Named {
        var actor: String?
        var words: Range<Int>
    }

    /// Who said a quotation, through which cue, and the reported clause it sits in when it is a partial quote.
    struct Attribution {
        var speaker: Named?
        var cue: String?
        var content: Range<Int>?
    }

    /// The speaker, cue and content of the quotation between two marks.
    func attribution(openMark: Int, closeMark: Int) -> Attribution {
        let (speaker, cue, cueToken) = self.speaker(openMark: openMark, closeMark: closeMark)
        guard speaker != nil, let k = cueToken else { return Attribution(speaker: speaker, cue: cue) }
        return Attribution(speaker: speaker, cue: cue, content: reportedClause(afterCue: k, openMark: openMark, closeMark: closeMark))
    }

    func named(_ found: (String, Range<Int>)?) -> Named? { found.map { Named(actor: $0.0, words: $0.1) } }

    func pronoun(_ t: Int, before: Int) -> Named { Named(actor: recentPerson(before: before, pronoun: words[t]), words: t..<t + 1) }

    /// A speaker named by a noun phrase, "the mayor", "a spokesman", "two officials", "Israeli officials", whose
    /// head noun is at `head`: its words, and for a title the person last named who holds it.
    func nominal(head: Int, from lower: Int) -> Named? {
        guard head >= lower, head < words.count, SpeakerFinder.speakerNouns.contains(words[head]),
              !doc.tokens[head].isCapitalized || head == lower else { return nil }
        var first = head
        var m = head - 1
        var modifiers = 0
        while m >= lower, modifiers < 3 {
            let w = words[m]
            if SpeakerFinder.nounDeterminers.contains(w) {
                first = m
                // "the ministry's spokesman": the owner belongs to the phrase
                if w == "'s", m > lower, let e = index.entity(atToken: m - 1) { first = max(lower, index.tokenRanges[e].lowerBound) }
                break
            }
            let isName = index.entity(atToken: m) != nil
            guard isName || (w.unicodeScalars.allSatisfy { CharClass.isLetter($0) || $0 == "-" } && !SpeechVerbs.forms.contains(w)
                             && !SpeakerFinder.auxiliaries.contains(w) && !EventCoding.prepositions.contains(w)
                             && !SpeakerFinder.nonModifiers.contains(w)) else { break }
            if isName, let e = index.entity(atToken: m) { m = index.tokenRanges[e].lowerBound }
            first = m
            modifiers += 1
            m -= 1
        }
        // a bare singular noun with nothing before it is no phrase ("spokesman said" in a headline is rare)
        let plural = words[head].hasSuffix("s") || words[head] == "police" || words[head] == "people"
        if first == head && !plural && head > lower { return nil }
        return Named(actor: holder(of: words[head], before: first), words: first..<head + 1)
    }

    /// The person last named, in the previous 150 tokens, whose roles hold a title word ("the mayor").
    func holder(of title: String, before t: Int) -> String? {
        guard RoleLexicon.sectorByWord[title] != nil, !title.hasSuffix("s") else { return nil }
        var i = t - 1
        while i >= max(0, t - 150) {
            if let (a, r) = actor(at: i) {
                if let actor = doc.actors.first(where: { $0.id == a }), actor.kind == .person,
                   actor.roles.contains(where: { $0.lowercased().split(separator: " ").contains { $0 == title } }) { return a }
                i = r.lowerBound - 1
            } else {
                i -= 1
            }
        }
        return nil
    }

    /// The noun phrase naming a speaker that starts at a token ("said the mayor", "“…,” a spokesman said").
    func nominal(startingAt t: Int, limit: Int) -> Named? {
        var h = t
        var steps = 0
        while h < limit, steps < 5 {
            if SpeakerFinder.speakerNouns.contains(words[h]) {
                // "a police spokesman": the last of a run of such nouns is the head
                while h + 1 < limit, SpeakerFinder.speakerNouns.contains(words[h + 1]), !doc.tokens[h + 1].isCapitalized { h += 1 }
                if let n = nominal(head: h, from: t), n.words.lowerBound == t { return n }
            }
            if !(SpeakerFinder.nounDeterminers.contains(words[h]) || index.entity(atToken: h) != nil
                 || words[h].unicodeScalars.allSatisfy({ CharClass.isLetter($0) || $0 == "-" })) { return nil }
            h += 1
            steps += 1
        }
        return nil
    }

    /// "Clinton says Trump’s tweets were “unhinged.”": the clause after the cue holding the quoted words, when
    /// more than a listener or a phrase ("told reporters:", "said in a statement,") stands between them.
    func reportedClause(afterCue k: Int, openMark: Int, closeMark: Int) -> Range<Int>? {
        let openTok = token(at: openMark)
        guard k < openTok else { return nil }
        var first = k + 1
        if let that = (first..<min(openTok, first + 6)).first(where: { words[$0] == "that" }) { first = that }
        let gap = (first..<openTok).filter { !doc.tokens[$0].text.unicodeScalars.allSatisfy(CharClass.isPunctuation) }
        // "said that “…”", "vowed to “…”": a clause of one word opening a reported clause
        guard gap.count >= 2 || (gap.count == 1 && (words[first] == "that" || words[first] == "to")), let last = (k..<openTok).last, words[last] != ":" && words[last] != "," else { return nil }
        let closeTok = token(at: closeMark)
        guard let s = doc.sentenceIndex(containing: doc.tokens[min(closeTok, doc.tokens.count - 1)].start) else { return nil }
        // the clause runs to the sentence's end or to the next clause after the quotation
        var end = doc.tokens[doc.sentences[s].tokenRange.upperBound - 1].end
        // the tokens after the closing mark to the sentence's end (none when the mark ends it)
        let tail = min(closeTok + 1, doc.sentences[s].tokenRange.upperBound)..<doc.sentences[s].tokenRange.upperBound
        // "“a reckless gamble,” adding …": the comma closing the quoted words ends the clause too
        if end <= closeMark || (closeTok >= 1 && words[closeTok - 1] == "," && tail.first.map(opensClause) == true) { end = closeMark + 1 }
        // a dash or semicolon after the quotation opens another clause, as does a comma before "adding", "but" …
        if let stop = tail.first(where: { SpeakerFinder.dashes.contains(words[$0]) || words[$0] == ";" || isClauseBreak($0) }),
           doc.tokens[stop].start < end {
            end = max(closeMark + 1, doc.tokens[stop - 1].end)
        }
        return doc.tokens[first].start..<end
    }

    /// A comma opening another clause: ", adding …", ", but …", ", according to …", ", while …".
    func isClauseBreak(_ t: Int) -> Bool {
        guard words[t] == ",", t + 1 < words.count else { return false }
        return opensClause(t + 1)
    }

    /// "adding", "but", "according", "while": a word opening another clause after a comma.
    func opensClause(_ t: Int) -> Bool {
        let w = words[t]
        return SpeechVerbs.forms.contains(w) || SpeakerFinder.clauseOpeners.contains(w)
            || (w.hasSuffix("ing") && !doc.tokens[t].isCapitalized && w.count > 5)
    }

    static let clauseOpeners: Set<String> = ["according", "but", "while", "although", "though", "whereas", "which", "who", "as", "and"]

    /// The speaker and cue word of the quotation between two marks, from the words after and before it,
    /// and the cue's token when the cue comes before the quotation.
    func speaker(openMark: Int, closeMark: Int) -> (Named?, String?, Int?) {
        let closeTok = token(at: closeMark)
        let openTok = token(at: openMark)
        let sentenceEnd = doc.sentenceIndex(containing: doc.tokens[min(closeTok, doc.tokens.count - 1)].start).map { doc.sentences[$0].tokenRange.upperBound } ?? doc.tokens.count
        // after: "…," X said / said X / X told Y
        var i = closeTok + 1
        if i < sentenceEnd, words[i] == "," { i += 1 }
        // "…." Clinton said. — the attribution may stand as a short sentence of its own after the quote
        var limit = min(sentenceEnd, i + 12)
        if i >= sentenceEnd, let next = doc.sentenceIndex(containing: doc.tokens[min(i, doc.tokens.count - 1)].start) {
            // only a sentence that is nothing but the attribution, with no quotation of its own
            let r = doc.sentences[next].tokenRange
            limit = r.count <= 8 && !words[r].contains("\"") ? r.upperBound : i
        }
        // "“…” ― Carla Sanchez": a signature after a dash
        if i < doc.tokens.count, SpeakerFinder.dashes.contains(words[i]), let n = named(actor(at: i + 1)) { return (n, doc.tokens[i].text, nil) }
        var j = i
        var who: Named?
        // "to take “robust steps” in response, and he urged …": words running on after the quotation are no
        // attribution; one follows only a quotation that ends a clause
        // "“…jail time” for criminal behavior, she said": past a few words, an attribution opening the next clause
        if !closesClause(closeMark: closeMark) {
            j = limit
            if let comma = (closeTok + 1..<min(sentenceEnd, closeTok + 10)).first(where: { words[$0] == "," }), comma + 1 < sentenceEnd,
               ["he", "she", "they", "it", "i", "we"].contains(words[comma + 1]) || actor(at: comma + 1) != nil
                || SpeakerFinder.nounDeterminers.contains(words[comma + 1]) || SpeechVerbs.forms.contains(words[comma + 1]) {
                i = comma + 1
                j = i
                limit = min(sentenceEnd, i + 12)
            }
        }
        while j < limit {
            let w = words[j]
            if SpeechVerbs.forms.contains(w) {
                if let who { return (who, doc.tokens[j].text, nil) }
                // said X (the title words before a name are skipped)
                var k = j + 1
                while k < limit, actor(at: k) == nil, ["the", "a", "an"].contains(words[k]) || index.entity(atToken: k) != nil || doc.tokens[k].isCapitalized { k += 1 }
                if let n = named(actor(at: k)) { return (n, doc.tokens[j].text, nil) }
                // "said 9/11 widow Jane Doe": a few describing words before the name
                if let n = (j + 1..<min(limit, j + 6)).lazy.prefix(while: { !self.words[$0].unicodeScalars.allSatisfy(CharClass.isPunctuation) || self.words[$0].contains("/") })
                    .compactMap({ self.named(self.actor(at: $0)) }).first { return (n, doc.tokens[j].text, nil) }
                if k < limit, words[k] == "he" || words[k] == "she" { return (pronoun(k, before: openTok), doc.tokens[j].text, nil) }
                if let n = nominal(startingAt: j + 1, limit: limit) { return (n, doc.tokens[j].text, nil) }
                // "“…,” the letter reads", "“…,” they wrote": a short noun phrase or pronoun no actor stands for
                if let n = plainSubject(from: i, verb: j) { return (n, doc.tokens[j].text, nil) }
                // "“…,” said the ruling."
                if j == i, let n = plainObject(from: j + 1, limit: sentenceEnd) { return (n, doc.tokens[j].text, nil) }
                break
            }
            // "Tulsa police Chief Jane Doe said": a name right after the noun phrase is who it describes
            if who == nil || isAdjacentPerson(j, after: who?.actor) || (who?.actor == nil && who?.words.upperBound == j), let (a, r) = actor(at: j) {
                who = Named(actor: a, words: (who.map { $0.words.lowerBound } ?? r.lowerBound)..<r.upperBound)
                j = r.upperBound
                // "Rep. Jane Doe (D-Wis.) said": the party and state in brackets are passed over
                if j < sentenceEnd, words[j] == "(", let close = (j + 1..<min(sentenceEnd, j + 8)).first(where: { words[$0] == ")" }) {
                    j = close + 1
                }
                // "…," Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said: the
                // appositions are stepped over to the verb after the last comma
                if j < sentenceEnd, words[j] == ",",
                   let v = (j + 1..<min(sentenceEnd, j + 30)).first(where: { SpeechVerbs.forms.contains(words[$0]) && words[$0 - 1] == "," }) {
                    return (who, doc.tokens[v].text, nil)
                }
                continue
            }
            if who == nil, w == "he" || w == "she" { who = pronoun(j, before: openTok) }
            if who == nil, let n = nominal(startingAt: j, limit: limit) {
                who = n
                j = n.words.upperBound
                continue
            }
            // an abbreviation's point ("R-Ky., said") does not end the attribution
            if w == "\"" || (w == "." && (j + 1 >= sentenceEnd || !SpeakerFinder.afterAbbreviation.contains(words[j + 1]))) { break }
            j += 1
        }
        // according to X
        j = closeTok + 1
        while j + 2 < min(sentenceEnd, closeTok + 14) {
            if words[j] == "according" && words[j + 1] == "to",
               let n = named(actor(at: j + 2)) ?? nominal(startingAt: j + 2, limit: sentenceEnd) {
                // only when no speaker was named between: "…," Moon said, according to the Post → Moon
                if who == nil { return (n, "according to", nil) }
            }
            j += 1
        }
        // before: X said: "…" / X told reporters, "…"
        var sentenceStart = doc.sentenceIndex(containing: doc.tokens[min(openTok, doc.tokens.count - 1)].start).map { doc.sentences[$0].tokenRange.lowerBound } ?? 0
        // "He said:" closing one paragraph introduces the quotation opening the next
        if openTok > 0, words[openTok - 1] == ":",
           let s = doc.sentenceIndex(containing: doc.tokens[openTok - 1].start) {
            sentenceStart = min(sentenceStart, doc.sentences[s].tokenRange.lowerBound)
        }
        var k = openTok - 1
        var cue: String?
        while k >= sentenceStart {
            if SpeechVerbs.forms.contains(words[k]) || SpeechVerbs.characterizing.contains(words[k]), !isNoun(k),
               k == sentenceStart || !doc.tokens[k].isCapitalized {
                cue = doc.tokens[k].text
                // "Said Doe: “…”": the speaker after the verb
                if k == sentenceStart, k + 1 < openTok, SpeechVerbs.forms.contains(words[k]), let n = named(actor(at: k + 1)),
                   n.words.upperBound < openTok, words[n.words.upperBound] == ":" || words[n.words.upperBound] == "," {
                    return (n, cue, nil)
                }
                if let who = subject(ofVerb: k, from: sentenceStart) { return (who, cue, k) }
            }
            k -= 1
        }
        // "According to Doe, the deal was “dead on arrival”": the clause after the comma is what Doe said
        if let j = (sentenceStart..<max(sentenceStart, openTok - 2)).first(where: { words[$0] == "according" && words[$0 + 1] == "to" }),
           let n = named(actor(at: (j + 2..<openTok).first(where: { actor(at: $0) != nil || !(doc.tokens[$0].isCapitalized || index.entity(atToken: $0) != nil) }) ?? openTok))
                ?? nominal(startingAt: j + 2, limit: openTok) ?? plainObject(from: j + 2, limit: openTok),
           n.words.upperBound < openTok, words[n.words.upperBound] == "," {
            return (n, "according to", n.words.upperBound)
        }
        if let (n, cue) = trailingAttribution(before: openTok) { return (n, cue, nil) }
        return (nil, nil, nil)
    }

    /// "…, Schiff said. “The other factor …”": a quotation opening a sentence right after one that ends in its
    /// attribution, in the same paragraph, is that speaker's.
    func trailingAttribution(before openTok: Int) -> (Named, String)? {
        guard openTok < doc.tokens.count, let s = doc.sentenceIndex(containing: doc.tokens[openTok].start), s > 0,
              doc.sentences[s].tokenRange.lowerBound == openTok else { return nil }
        let r = doc.sentences[s - 1].tokenRange
        guard r.count >= 4, paragraphsBetween(doc.tokens[r.upperBound - 1].end, doc.tokens[openTok].start) == 0,
              !words[r].contains("\"") else { return nil }
        var last = r.upperBound - 1
        if words[last] == "." { last -= 1 }
        // "X said." or "said X."
        if SpeechVerbs.forms.contains(words[last]), words[last - 1] != ",", let n = subject(ofVerb: last, from: max(r.lowerBound, last - 6)) {
            return (n, doc.tokens[last].text)
        }
        if let (a, ar) = actor(at: last), ar.upperBound == last + 1, ar.lowerBound - 1 > r.lowerBound,
           SpeechVerbs.forms.contains(words[ar.lowerBound - 1]), words[ar.lowerBound - 2] == "," {
            return (Named(actor: a, words: ar), doc.tokens[ar.lowerBound - 1].text)
        }
        return nil
    }

    /// "PENCE:", "Mr. Smith:" opening a quotation's words: the speaker they name and the offset where the
    /// words spoken begin.
    func transcriptLabel(at a: Int, before b: Int) -> (Named, Int)? {
        let t0 = token(at: a)
        guard t0 < doc.tokens.count, doc.tokens[t0].start == a else { return nil }
        var t = t0
        while t < min(doc.tokens.count, t0 + 4), words[t] != ":" {
            guard doc.tokens[t].isCapitalized, doc.tokens[t].text.unicodeScalars.allSatisfy({ CharClass.isLetter($0) || $0 == "." }) else { return nil }
            t += 1
        }
        guard t > t0, t < doc.tokens.count, words[t] == ":", doc.tokens[t].end < b,
              (t0..<t).contains(where: { words[$0].count >= 2 && !words[$0].hasSuffix(".") }) else { return nil }
        // the label's actor, or the person named before whose name holds the label's last word ("PENCE")
        let last = words[t - 1]
        let actor = actor(at: t - 1)?.0 ?? doc.actors.first(where: { a in
            a.kind == .person && a.name.lowercased().split(separator: " ").contains { $0 == last }
        })?.id
        var next = doc.tokens[t].end
        while next < b, CharClass.isSpace(doc.normalized[next]) { next += 1 }
        return (Named(actor: actor, words: t0..<t), next)
    }

    /// Whether quoted words are a title: a few capitalised words right after a preposition or a possessive.
    func isTitle(openMark: Int, _ a: Int, _ b: Int) -> Bool {
        let openTok = token(at: openMark)
        guard openTok > 0, SpeakerFinder.beforeTitles.contains(words[openTok - 1]) else { return false }
        let inner = doc.normalized[a..<b].split(whereSeparator: { CharClass.isSpace($0) })
        guard inner.count <= 5, let first = inner.first?.first, first.properties.isUppercase else { return false }
        return inner.allSatisfy { w in
            guard let c = w.first(where: { CharClass.isLetter($0) }) else { return true }
            return c.properties.isUppercase || ["of", "the", "and", "a", "in", "on", "for", "to"].contains(String(String.UnicodeScalarView(w)).lowercased())
        }
    }

    /// Words a title follows ("on “Face the Nation”", "MSNBC’s “Morning Joe”"); not "as" or "of", which
    /// characterise ("called it “Crooked Hillary”", "a goal of “Peace Through Strength”").
    static let beforeTitles: Set<String> = ["'s", "on", "in", "from", "at", "during"]

    /// Whether a quotation ends a clause, so that an attribution may follow it: its last words end in
    /// punctuation, or a comma, a dash or the sentence's end comes right after the closing mark.
    func closesClause(closeMark: Int) -> Bool {
        var e = closeMark - 1
        // a quotation nested at the end ("“It feels like, ‘Meh, later,’” he said") closes with it
        while e > 0 && (CharClass.isSpace(doc.normalized[e]) || doc.normalized[e] == "'") { e -= 1 }
        if e >= 0, ",.?!:;-".unicodeScalars.contains(doc.normalized[e]) || doc.normalized[e] == "\u{2026}" { return true }
        let after = token(at: closeMark) + 1
        guard after < doc.tokens.count else { return true }
        if let s = doc.sentenceIndex(containing: doc.tokens[after - 1].start), doc.sentences[s].tokenRange.upperBound <= after { return true }
        return words[after] == "," || words[after] == "." || SpeakerFinder.dashes.contains(words[after])
    }

    /// "the letter", "my father often", "they": a pronoun or a short noun phrase opened by a determiner filling
    /// the tokens from `start` to a speech verb, which names a speaker no actor stands for.
    func plainSubject(from start: Int, verb: Int) -> Named? {
        var end = verb
        // adverbs between subject and verb ("often said", "also wrote")
        while end > start, doc.tokens[end - 1].isLyAdverb || SpeakerFinder.auxiliaries.contains(words[end - 1])
                || SpeakerFinder.frequencyAdverbs.contains(words[end - 1]) { end -= 1 }
        guard end > start, end - start <= 5 else { return nil }
        let phrase = start..<end
        guard phrase.allSatisfy({ words[$0].unicodeScalars.allSatisfy { CharClass.isLetter($0) || $0 == "-" || $0 == "'" } || words[$0] == "'s" }),
              !phrase.contains(where: { SpeechVerbs.forms.contains(words[$0]) || EventCoding.prepositions.contains(words[$0])
                                        || SpeakerFinder.nonModifiers.contains(words[$0]) && !SpeakerFinder.subjectPronouns.contains(words[$0]) })
        else { return nil }
        if phrase.count == 1 {
            guard SpeakerFinder.subjectPronouns.contains(words[start]) || words[start] == "he" || words[start] == "she" else { return nil }
            if words[start] == "he" || words[start] == "she" { return pronoun(start, before: start) }
            return Named(actor: nil, words: phrase)
        }
        guard SpeakerFinder.nounDeterminers.contains(words[start]) || words[start] == "my" else { return nil }
        return Named(actor: nil, words: phrase)
    }

    /// "the ruling", "the report": a short noun phrase opened by a determiner and closed by a comma or a point.
    func plainObject(from t: Int, limit: Int) -> Named? {
        guard t + 1 < limit, ["the", "a", "an", "its", "their", "his", "her"].contains(words[t]),
              let e = (t + 1..<min(limit, t + 5)).first(where: { !words[$0].unicodeScalars.allSatisfy { CharClass.isLetter($0) || $0 == "-" } }),
              e > t + 1, words[e] == "." || words[e] == "," else { return nil }
        return Named(actor: nil, words: t..<e)
    }

    static let subjectPronouns: Set<String> = ["i", "we", "they", "it", "you"]

    static let frequencyAdverbs: Set<String> = ["often", "always", "sometimes", "still", "even", "first", "soon", "now", "just", "once"]

    /// Whether a quotation fills its paragraph, with no words of attribution around it.
    func standsAlone(open: Int, close: Int) -> Bool {
        let s = doc.normalized
        var a = open - 1
        while a >= 0 && s[a] != "\n" { if !CharClass.isSpace(s[a]) { return false }; a -= 1 }
        var b = close + 1
        while b < s.count && s[b] != "\n" { if !CharClass.isSpace(s[b]) && !CharClass.isPunctuation(s[b]) { return false }; b += 1 }
        return true
    }

    /// "Senate Majority Leader Mitch McConnell": a person named right after the title-like actor taken first.
    /// "Senate Majority Leader Mitch McConnell": capitalised title words may stand between.
    func isAdjacentPerson(_ j: Int, after who: String?) -> Bool {
        guard let who, j > 0, let (a, _) = actor(at: j), a != who else { return false }
        var p = j - 1
        // "EU foreign policy chief Josep Borrell": lower-case title words as well, but no verb or conjunction
        while p > 0, p >= j - 4, actor(at: p) == nil,
              doc.tokens[p].isCapitalized || doc.tokens[p].isLowercaseWord && !SpeechVerbs.forms.contains(words[p])
                && !["and", "or", "but", "who", "which", "that", "to", "of"].contains(words[p]) && !words[p].hasSuffix("ed") { p -= 1 }
        guard let (prev, _) = actor(at: p), prev == who else { return false }
        return doc.actors.first(where: { $0.id == a })?.kind == .person
    }

    static let afterAbbreviation: Set<String> = [",", "said", "says", "told", "added", "wrote", "and", ")"]

    /// A speech word used as a noun: "Trump’s tweet", "the reports", "late-night tweets".
    func isNoun(_ k: Int) -> Bool {
        // "Kim's mental state is …", "the claims were …": a verb comes after the noun
        if k + 1 < words.count, SpeakerFinder.verbsAfterNoun.contains(words[k + 1]) { return true }
        guard k > 0 else { return false }
        let before = words[k - 1]
        return SpeakerFinder.determiners.contains(before) || before.hasSuffix("-night") || before.hasSuffix("-morning")
    }

    static let verbsAfterNoun: Set<String> = ["is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
                                              "may", "might", "should", "must"]

    static let dashes: Set<String> = ["\u{2015}", "\u{2014}", "\u{2013}", "--", "-"]

    static let determiners: Set<String> = ["'s", "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that",
                                          "these", "those", "of", "in", "earlier", "latest", "recent", "whose"]

    /// The actor doing a speech verb: named just before it ("Clinton said", "Clinton also said", "Flynn, a
    /// top surrogate, said"), or "he"/"she" for the person last named.
    func subject(ofVerb k: Int, from sentenceStart: Int) -> Named? {
        // "Doe criticised the plan on Monday, saying …": a participle after a comma speaks for the clause's subject
        if words[k].hasSuffix("ing"), k > sentenceStart, words[k - 1] == "," {
            // "“…,” Doe said in a statement, adding …": the subject of the attribution before it
            if let v = (sentenceStart..<k - 1).reversed().first(where: { SpeechVerbs.forms.contains(words[$0]) && !words[$0].hasSuffix("ing") && !isNoun($0) }),
               let s = subject(ofVerb: v, from: sentenceStart) ?? named(actor(at: v + 1)) { return s }
            if let s = clauseSubject(from: sentenceStart, before: k) { return s }
        }
        // "footage of Trump saying …": a participle's subject right before it, whatever governs that
        if words[k].hasSuffix("ing"), k > sentenceStart, let (a, r) = actor(at: k - 1) { return Named(actor: a, words: r) }
        var m = k - 1
        // auxiliaries and adverbs between subject and verb
        // ("Kelly said" is a name, not an adverb)
        while m >= sentenceStart, m >= k - 3, doc.tokens[m].isLyAdverb || SpeakerFinder.auxiliaries.contains(words[m])
                || SpeakerFinder.frequencyAdverbs.contains(words[m]) { m -= 1 }
        // "Doe (R-Utah) said": the bracket is passed over
        if m > sentenceStart, words[m] == ")", let open = stride(from: m - 1, through: max(sentenceStart, m - 8), by: -1).first(where: { words[$0] == "(" }) {
            m = open - 1
        }
        // an apposition closed by a comma, or a chain of them: "Jean-Marc Ayrault, the foreign minister of France,
        // a permanent member of the Security Council, said"
        var close = m, hops = 0
        while close > sentenceStart, words[close] == ",", hops < 3,
              let open = stride(from: close - 1, through: max(sentenceStart, close - 30), by: -1).first(where: { words[$0] == "," }) {
            // a name governed by a preposition ("the foreign minister of France") belongs to the apposition
            if let (_, r) = actor(at: open - 1), !(r.lowerBound > sentenceStart && EventCoding.prepositions.contains(words[r.lowerBound - 1])) {
                m = open - 1
                break
            }
            guard SpeakerFinder.nounDeterminers.contains(words[open + 1])
                    || index.entity(atToken: open + 1).map({ doc.entities[$0].type == .title }) == true else { break }
            close = open
            hops += 1
        }
        guard m >= sentenceStart else { return nil }
        if words[m] == "he" || words[m] == "she" { return pronoun(m, before: m) }
        if let (a, r) = actor(at: m) {
            let prep = r.lowerBound > sentenceStart ? words[r.lowerBound - 1] : ""
            if !EventCoding.prepositions.contains(prep) { return Named(actor: a, words: r) }
        }
        if let n = nominal(head: m, from: sentenceStart) {
            let prep = n.words.lowerBound > sentenceStart ? words[n.words.lowerBound - 1] : ""
            if !EventCoding.prepositions.contains(prep) { return n }
        }
        // "the announcer said", "the ruling said": a noun phrase no actor stands for, opening its clause
        var open = k
        while open > sentenceStart, k - open < 6, !doc.tokens[open - 1].text.unicodeScalars.allSatisfy(CharClass.isPunctuation) { open -= 1 }
        if open == sentenceStart || doc.tokens[open - 1].text.unicodeScalars.allSatisfy(CharClass.isPunctuation),
           let n = plainSubject(from: open, verb: k) { return n }
        // failing that, the nearest actor before it not governed by a preposition
        while m >= sentenceStart {
            if let (a, r) = actor(at: m) {
                let prep = r.lowerBound > sentenceStart ? words[r.lowerBound - 1] : ""
                if !EventCoding.prepositions.contains(prep) { return Named(actor: a, words: r) }
                m = r.lowerBound - 1
                continue
            }
            if words[m] == "he" || words[m] == "she" { return pronoun(m, before: m) }
            m -= 1
        }
        return nil
    }

    /// The first actor, pronoun or speaker noun phrase of a sentence that no preposition governs.
    func clauseSubject(from start: Int, before end: Int) -> Named? {
        var i = start
        // "During a speech on Monday, Doe …": an opening adverbial phrase is passed over
        if start < end, EventCoding.prepositions.contains(words[start]) || SpeakerFinder.clauseIntroducers.contains(words[start]),
           let comma = (start..<min(end, start + 15)).first(where: { words[$0] == "," }) {
            i = comma + 1
        }
        // "several environmental groups granted …": a speaker noun phrase as the subject
        if i < end, SpeakerFinder.nounDeterminers.contains(words[i]), let n = nominal(startingAt: i, limit: end) { return n }
        while i < end {
            if words[i] == "he" || words[i] == "she" { return pronoun(i, before: i) }
            if let (a, r) = actor(at: i) {
                let prep = r.lowerBound > start ? words[r.lowerBound - 1] : ""
                if !EventCoding.prepositions.contains(prep) && prep != "'s" { return Named(actor: a, words: r) }
                i = r.upperBound
                continue
            }
            if words[i] == "," || words[i] == "\"" { return nil }
            i += 1
        }
        return nil
    }

    static let clauseIntroducers: Set<String> = ["after", "before", "during", "while", "when", "although", "though", "since",
                                                "earlier", "later", "meanwhile", "still", "yet", "instead"]

    /// Nouns that name who speaks: titles, officials, sources, groups.
    static let speakerNouns: Set<String> = {
        var s = Set(RoleLexicon.sectorByWord.keys).union(RoleLexicon.groupNouns)
        s.formUnion(["source", "sources", "aide", "aides", "analyst", "analysts", "expert", "experts", "witness", "witnesses",
                     "spokesperson", "spokespeople", "supporter", "supporters", "critic", "critics", "voter", "voters",
                     "resident", "friend", "campaign", "staffer", "staffers", "insider", "insiders", "strategist",
                     "strategists", "observer", "economist", "economists", "lawyer", "lawyers", "attorney", "attorneys",
                     "chief", "director", "founder", "manager", "member", "members", "candidate", "nominee", "statement"])
        s.subtract(["news", "agency", "state", "council", "team", "forces", "statement", "assembly", "speaker", "court", "justice",
                    "union", "party", "university", "hospital", "jets", "aircraft", "tanks", "warships", "bulldozers"])
        return s
    }()

    /// Words that open a noun phrase naming a speaker.
    static let nounDeterminers: Set<String> = ["the", "a", "an", "one", "another", "two", "three", "several", "some", "many",
                                              "other", "his", "her", "its", "their", "our", "this", "that", "these", "those", "'s"]

    /// Lower-case words that cannot modify a speaker noun.
    static let nonModifiers: Set<String> = ["and", "or", "but", "who", "which", "that", "when", "while", "because", "if",
                                           "as", "than", "then", "so", "not", "no", "it", "they", "we", "i", "you", "there"]

    static let auxiliaries: Set<String> = ["has", "had", "have", "is", "was", "were", "are", "will", "would", "also", "then", "later",
                                          "again", "further", "once", "has", "did", "does", "not", "never", "had", "'s", "recently"]

    /// Whether a speech verb stands between two offsets, as the attribution between the pieces of a statement does.
    func hasSpeechVerb(between a: Int, _ b: Int) -> Bool {
        var t = token(at: a)
        while t < doc.tokens.count && doc.tokens[t].start < b {
            if SpeechVerbs.forms.contains(words[t]) { return true }
            t += 1
        }
        return false
    }

    /// Whether the words between two pieces of a statement are only its attribution, "” Doe said, “": they
    /// end in a comma and hold one speech verb and no second clause ("adding that", "but").
    func isBareAttribution(between a: Int, _ b: Int) -> Bool {
        var t = token(at: a), verbs = 0, last = ""
        while t < doc.tokens.count && doc.tokens[t].start < b {
            if doc.tokens[t].start > a && words[t] != "\"" {
                if SpeechVerbs.forms.contains(words[t]) { verbs += 1 }
                if ["that", "but", "and", "while", "as"].contains(words[t]) { return false }
                last = words[t]
            }
            t += 1
        }
        return verbs == 1 && last == ","
    }

    /// Whether a quotation's opening mark is the first thing in its paragraph.
    func opensParagraph(_ open: Int) -> Bool {
        var a = open - 1
        while a >= 0 && doc.normalized[a] != "\n" { if !CharClass.isSpace(doc.normalized[a]) { return false }; a -= 1 }
        return true
    }

    /// How many paragraph breaks lie between two offsets: a blank line between paragraphs is one break.
    func paragraphsBetween(_ a: Int, _ b: Int) -> Int {
        guard a < b else { return 0 }
        var breaks = 0
        var inBreak = false
        for c in doc.normalized[a..<b] {
            if c == "\n" {
                if !inBreak { breaks += 1 }
                inBreak = true
            } else if !CharClass.isSpace(c) {
                inBreak = false
            }
        }
        return breaks
    }

    /// The person last named before a token, leaving reporters aside; for "she" a woman's given name goes
    /// first, for "he" one is passed over.
    func recentPerson(before t: Int, pronoun: String? = nil) -> String? {
        var i = t - 1
        var fallback: String?
        while i >= max(0, t - 150) {
            if let (a, r) = actor(at: i), let actor = doc.actors.first(where: { $0.id == a }), actor.kind == .person, actor.sector != "JRN" {
                let given = actor.name.split(separator: " ").first.map(String.init) ?? ""
                let female = NameLexicon.femaleGivenNames.contains(given)
                switch pronoun {
                case "she" where !female: if fallback == nil { fallback = a }
                case "he" where female: if fallback == nil { fallback = a }
                default: return a
                }
                i = r.lowerBound - 1
                continue
            }
            if let (_, r) = actor(at: i) { i = r.lowerBound - 1 } else { i -= 1 }
        }
        return fallback
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
