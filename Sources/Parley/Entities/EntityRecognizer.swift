/// The entity stage: the trained tagger's names mapped to Parley's types, checked
/// against what Parley knows, title phrases, and names made consistent across the document.
///
/// CoNLL's types become Parley's: PER → PERSON, ORG → ORG, LOC → GPE when the
/// country table or the place list knows the name (countries, capitals, cities,
/// states), else LOC; MISC → NORP when it is a nationality word ("South Korean"),
/// else MISC. Stronger evidence overrides the tagger: a known person or
/// organisation from the actor dictionary, an East-Asian name ("Kang Kyung-wha"),
/// a name after a title ("President Donald Trump", "counterpart Taro Yamada"),
/// a country or capital, a region from the region list. Then each name gets one
/// type across the document, by votes in which evidence outweighs the tagger;
/// a surname of a person is that person's everywhere; a name found once is found
/// everywhere, headlines and all-capitals lines included, where only names the
/// rest of the document or Parley's lists confirm are kept.
public struct EntityRecognizer: Stage {
    public let name = "entities"
    let tagger: EntityTagger?
    let dictionary: ActorDictionary
    let keys: EvidenceKeys

    public init(tagger: EntityTagger? = EntityTagger.shared, dictionary: ActorDictionary = .shared) {
        self.tagger = tagger
        self.dictionary = dictionary
        self.keys = EvidenceKeys(countries: .shared, dictionary: dictionary)
    }

    struct Span {
        var range: Range<Int>
        var type: EntityType
        var evidence: Bool
    }

    public func process(_ doc: inout Document) {
        guard !doc.sentences.isEmpty else { return }
        let toks = doc.tokens
        let lower = toks.map(\.lower)
        var headline = [Bool](repeating: false, count: toks.count)
        let caps = toks.map(EntityRecognizer.isCapitalized)
        for s in doc.sentences where EntityRecognizer.isHeadlineCase(toks[s.tokenRange], caps: caps) { for k in s.tokenRange { headline[k] = true } }
        var spans: [Span] = []
        if let tagger {
            // title-case headlines are read upper-cased, as CoNLL writes its headlines: the tagger
            // learned that such lines say little, where title case would pass for a run of names
            let found = tagger.spans(document: doc.sentences.map { s in
                headline[s.tokenRange.lowerBound] ? toks[s.tokenRange].map { $0.text.uppercased() } : toks[s.tokenRange].map(\.text)
            })
            for (s, sentence) in doc.sentences.enumerated() {
                let base = sentence.tokenRange.lowerBound
                for e in found[s] {
                    let kind = EntityTagger.types[e.type]
                    // a name never runs across a slash or a bracket ("Ana Ruiz/Example Images")
                    var a = base + e.start
                    for k in (base + e.start)..<(base + e.end) where EntityRecognizer.isSeparator(toks[k].text) {
                        if k > a { spans.append(Span(range: a..<k, type: mapType(kind, toks, a..<k), evidence: false)) }
                        a = k + 1
                    }
                    if a < base + e.end {
                        var span = Span(range: a..<(base + e.end), type: mapType(kind, toks, a..<(base + e.end)), evidence: false)
                        // "The Latvian court": an article is no part of a nationality
                        if span.type == .nationality, span.range.count > 1, lower[a] == "the" || lower[a] == "a" { span.range = (a + 1)..<span.range.upperBound }
                        spans.append(span)
                    }
                }
            }
        }
        spans += evidence(doc, lower: lower, caps: caps)
        spans = resolveOverlaps(spans)
        spans = vote(toks, spans)
        spans = complete(toks, lower: lower, caps: caps, spans: spans, headline: headline)
        // "Madison County": whatever passed for a person, no one is named so
        for k in spans.indices where spans[k].type == .person && spans[k].range.count >= 2
            && EntityRecognizer.placeHeads.contains(toks[spans[k].range.upperBound - 1].text) {
            spans[k].type = .geopolitical
        }
        // "Moore & Van Allen", "Procter & Gamble": names joined by an ampersand are a firm's, not a person's
        for k in spans.indices where spans[k].type == .person && spans[k].range.dropFirst().contains(where: { toks[$0].text == "&" }) {
            spans[k].type = .organization
        }
        // compounds, bare compass words and single letters are not names
        spans.removeAll { s in
            isCompound(toks, s) || s.range.count == 1 && (EntityRecognizer.compass.contains(lower[s.range.lowerBound]) || !EntityRecognizer.hasTwoLetters(toks[s.range.lowerBound].text))
        }
        var typeAt = [EntityType?](repeating: nil, count: toks.count)
        for s in spans { for k in s.range { typeAt[k] = s.type } }
        var titles: [Range<Int>] = []
        for sentence in doc.sentences {
            titles += TitleFinder.find(tokens: toks[sentence.tokenRange], lower: lower, person: { typeAt[$0] == .person }, entity: { typeAt[$0] })
        }
        spans.removeAll { span in titles.contains { $0.overlaps(span.range) } && span.type != .person }
        spans += titles.map { Span(range: $0, type: .title, evidence: true) }
        spans.sort { $0.range.lowerBound < $1.range.lowerBound }
        doc.entities = spans.map { s in
            let a = toks[s.range.lowerBound].start, b = toks[s.range.upperBound - 1].end
            return Entity(text: doc.slice(a, b), start: a, end: b, type: s.type)
        }
    }

    /// A slash, bracket or bar, which no name runs across.
    @inline(__always) static func isSeparator(_ text: String) -> Bool {
        switch text {
        case "/", "(", ")", "|": return true
        default: return false
        }
    }

    /// Whether a word has at least two letters, reading no further than the second.
    static func hasTwoLetters(_ text: String) -> Bool {
        var letters = 0
        for c in text where c.isLetter {
            letters += 1
            if letters == 2 { return true }
        }
        return false
    }

    static let compass: Set<String> = ["north", "south", "east", "west", "northern", "southern", "eastern", "western"]

    /// Whether a token starts with a capital letter (ASCII answered without Unicode's tables).
    @inline(__always) static func isCapitalized(_ t: Token) -> Bool {
        guard let b = t.text.utf8.first else { return false }
        return b < 0x80 ? (b >= 65 && b <= 90) : t.isCapitalized
    }

    static func isHeadlineCase(_ t: ArraySlice<Token>, caps: [Bool]) -> Bool {
        var words = 0, capitalised = 0
        for i in t.indices where t[i].kind == .word && t[i].text.utf8.count > 3 && (t[i].text.utf8.count > 12 || t[i].text.unicodeScalars.count > 3) {
            words += 1
            if caps[i] { capitalised += 1 }
        }
        return words >= 3 && capitalised * 10 >= words * 8
    }

    func text(_ toks: [Token], _ r: Range<Int>) -> String { toks[r].map(\.text).joined(separator: " ") }

    /// Parley's type of the tagger's name `toks[r]` of CoNLL type `conll`; the tables are asked only
    /// about phrases the evidence keys say they may know.
    /// Last words of the names of counties and their like.
    static let placeHeads: Set<String> = ["County", "Parish", "Township", "Borough"]
    /// Words before a town named with its state ("lives in Decatur, Ill.").
    static let placePrepositions: Set<String> = ["in", "of", "from", "near", "at", "to", "outside"]

    func mapType(_ conll: String, _ toks: [Token], _ r: Range<Int>) -> EntityType {
        let table = CountryTable.shared
        switch conll {
        case "PER":
            // "lives in Maryville, Tenn.": no one is named so
            if r.lowerBound > 0, EntityRecognizer.placePrepositions.contains(toks[r.lowerBound - 1].lower),
               r.upperBound + 1 < toks.count, toks[r.upperBound].text == ",", toks[r.upperBound + 1].isCapitalized,
               Gazetteer.shared.admin1(toks[r.upperBound + 1].text) != nil {
                return .geopolitical
            }
            return .person
        case "ORG": return .organization
        case "LOC":
            let f = keys.flags(toks[r].lazy.map(\.text))
            if f & (EvidenceKeys.country | EvidenceKeys.capital) != 0 {
                let text = text(toks, r)
                if table.code(forName: text) != nil || table.code(forCapital: text) != nil { return .geopolitical }
            }
            // a place the gazetteer knows (cities, capitals, countries) is geopolitical
            let place = NERGazetteer.shared.phrases.get(FeatureHashing.phrase(toks[r].lazy.map { FeatureHashing.lowerHash($0.text) }))
            let placeBits = UInt16(1) << UInt16(NERGazetteer.Category.city.rawValue) | UInt16(1) << UInt16(NERGazetteer.Category.capital.rawValue)
                | UInt16(1) << UInt16(NERGazetteer.Category.country.rawValue)
            if r.count <= NERGazetteer.shared.maxPhraseLength, place & placeBits != 0 { return .geopolitical }
            return .location
        default:
            let f = keys.flags(toks[r].lazy.map(\.text))
            guard f & (EvidenceKeys.country | EvidenceKeys.demonym) != 0 else { return .miscellaneous }
            let text = text(toks, r)
            if table.code(forDemonym: text) != nil { return .nationality }
            if table.code(forName: text) != nil { return .geopolitical }
            return .miscellaneous
        }
    }

    /// Spans Parley is sure of without the tagger.
    func evidence(_ doc: Document, lower: [String], caps: [Bool]) -> [Span] {
        let toks = doc.tokens
        var out: [Span] = []
        let date = doc.info.published.flatMap { CalendarDate(iso: $0) }
        var lengthFlags = [UInt8](repeating: 0, count: 5)
        for sentence in doc.sentences {
            let r = sentence.tokenRange
            var i = r.lowerBound
            while i < r.upperBound {
                let t = toks[i]
                guard caps[i] || t.kind == .number else { i += 1; continue }
                // countries, capitals and regions (longest first)
                if let (_, len) = RegionTable.shared.match(lower, at: i, end: r.upperBound) {
                    out.append(Span(range: i..<(i + len), type: .location, evidence: true)); i += len; continue
                }
                var matched = false
                let mayBeName = NERGazetteer.shared.evidenceStarters.contains(lower[i]) || NameLexicon.eastAsianSurnames.contains(t.text)
                let longest = min(4, r.upperBound - i)
                if mayBeName {
                    // what each phrase starting here could name, one hash probe per length
                    var h = FeatureHashing.offset
                    for len in 1...longest {
                        if !(len == 1 && lower[i] == "the") { h = EvidenceKeys.extend(h, toks[i + len - 1].text) }
                        lengthFlags[len] = h == FeatureHashing.offset ? 0 : keys.table.get(h)
                    }
                }
                for len in stride(from: longest, through: 1, by: -1) where mayBeName {
                    let f = lengthFlags[len]
                    let eastAsian = len >= 2 && len <= 3 && NameLexicon.eastAsianSurnames.contains(t.text)
                    guard f != 0 || eastAsian else { continue }
                    // names are made of words: no punctuation inside or at the end
                    guard toks[i..<(i + len)].allSatisfy({ ($0.kind == .word || $0.kind == .number) && !$0.text.hasPrefix("'") }) else { continue }
                    let phrase = text(toks, i..<(i + len))
                    if len <= 2, f & EvidenceKeys.demonym != 0, CountryTable.shared.code(forDemonym: phrase) != nil {
                        // "The Latvian court": the article stays out of the nationality
                        let first = len == 2 && lower[i] == "the" ? i + 1 : i
                        out.append(Span(range: first..<(i + len), type: .nationality, evidence: true)); i += len; matched = true; break
                    }
                    if f & EvidenceKeys.country != 0 && CountryTable.shared.code(forName: phrase) != nil
                        || (len == 1 && f & EvidenceKeys.capital != 0 && CountryTable.shared.code(forCapital: phrase) != nil) {
                        // "Washington Post", "New York Times" are organisations the tagger or dictionary will name
                        if i + len < r.upperBound, toks[i + len].isCapitalized, dictionary.lookup(text(toks, i..<(i + len + 1)), on: date)?.kind == .organization { break }
                        out.append(Span(range: i..<(i + len), type: .geopolitical, evidence: true)); i += len; matched = true; break
                    }
                    if f & EvidenceKeys.actor != 0, let e = dictionary.lookup(phrase, on: date), len > 1 || e.kind == .person || phrase.count <= 5 && phrase == phrase.uppercased() {
                        let type: EntityType = e.kind == .person ? .person : .organization
                        out.append(Span(range: i..<(i + len), type: type, evidence: true)); i += len; matched = true; break
                    }
                    if len >= 2 && len <= 3 && NameLexicon.isEastAsianName(toks[i..<(i + len)].map(\.text)) {
                        out.append(Span(range: i..<(i + len), type: .person, evidence: true)); i += len; matched = true; break
                    }
                }
                if matched { continue }
                // a given name and a capitalised surname
                if NameLexicon.givenNames.contains(t.text), i + 1 < r.upperBound, toks[i + 1].isCapitalized, toks[i + 1].kind == .word,
                   CountryTable.shared.code(forName: toks[i + 1].text) == nil {
                    var j = i + 2
                    if j < r.upperBound, toks[j].isCapitalized, toks[j].text.count <= 2 || toks[j].text.hasSuffix(".") { j += 1 }
                    if j < r.upperBound, toks[j].isCapitalized, toks[j].kind == .word, j == i + 2 + 1 { j += 1 }
                    out.append(Span(range: i..<min(j, i + 3), type: .person, evidence: true)); i = min(j, i + 3); continue
                }
                // a name after a title word: "President Donald Trump", "counterpart Taro Yamada", "leader Kim Jong Un"
                if i > r.lowerBound, TitleFinder.heads.contains(lower[i - 1]), !TitleFinder.heads.contains(lower[i]),
                   t.kind == .word, CountryTable.shared.code(forName: t.text) == nil, CountryTable.shared.code(forDemonym: t.text) == nil {
                    var j = i
                    while j < r.upperBound, j - i < 3, toks[j].isCapitalized, toks[j].kind == .word, !TitleFinder.heads.contains(lower[j]) { j += 1 }
                    if j > i { out.append(Span(range: i..<j, type: .person, evidence: true)); i = j; continue }
                }
                i += 1
            }
        }
        return out
    }

    /// Where spans overlap, evidence wins, then the longer span.
    func resolveOverlaps(_ spans: [Span]) -> [Span] {
        let ranked = spans.sorted { a, b in
            if a.evidence != b.evidence { return a.evidence }
            return a.range.count > b.range.count
        }
        var kept: [Span] = []
        for s in ranked where !kept.contains(where: { $0.range.overlaps(s.range) }) {
            // a person's name found by evidence swallows the tagger's pieces of it
            kept.append(s)
        }
        return kept.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// One type per name across the document; evidence weighs five times the tagger.
    func vote(_ toks: [Token], _ spans: [Span]) -> [Span] {
        // each span's text once: the votes, the parts and the verdict all ask for it
        let texts = spans.map { text(toks, $0.range) }
        var votes: [String: [EntityType: Int]] = [:]
        for (s, t) in zip(spans, texts) { votes[t, default: [:]][s.type, default: 0] += s.evidence ? 5 : 1 }
        // a single word that is part of a person's full name is that person
        var personParts = Set<String>()
        for (s, t) in zip(spans, texts) where s.type == .person && s.range.count >= 2 {
            let total = votes[t] ?? [:]
            guard (total[.person] ?? 0) * 2 >= total.values.reduce(0, +) else { continue }
            for k in s.range where toks[k].text.count > 1 { personParts.insert(toks[k].text) }
        }
        // a single word that is part of a country's name ("Korea" of "North Korea") is a place, not a person
        var placeParts = Set<String>()
        for s in spans where s.evidence && s.type == .geopolitical && s.range.count >= 2 {
            for k in s.range where toks[k].isCapitalized { placeParts.insert(toks[k].text) }
        }
        return zip(spans, texts).map { s, t in
            var s = s
            if s.range.count == 1, personParts.contains(t), !(s.evidence && s.type != .person),
               keys.flags(CollectionOfOne(t)) & (EvidenceKeys.country | EvidenceKeys.capital) == 0
                || (CountryTable.shared.code(forName: t) == nil && CountryTable.shared.code(forCapital: t) == nil) {
                s.type = .person
            } else if s.range.count == 1, !s.evidence, s.type == .person, placeParts.contains(t), EntityRecognizer.compass.contains(t.lowercased()) == false {
                s.type = .location
            } else if !s.evidence, let v = votes[t], let top = v.values.max(), v[s.type] != top,
                      let best = v.filter({ $0.value == top }).keys.min(by: { $0.rawValue < $1.rawValue }) {
                // the most votes win; a tie keeps the span's own type, or else the same type on every run
                s.type = best
            }
            return s
        }
    }

    /// Names found once are found everywhere; in headline-case lines only confirmed names stay.
    func complete(_ toks: [Token], lower: [String], caps: [Bool], spans: [Span], headline: [Bool]) -> [Span] {
        var confirmed: [String: EntityType] = [:]
        var parts: [String: EntityType] = [:]
        let texts = spans.map { text(toks, $0.range) }
        for (s, t) in zip(spans, texts) where s.evidence || !headline[s.range.lowerBound] {
            confirmed[t] = s.type
            if s.type == .person { for k in s.range where toks[k].text.count > 2 { parts[toks[k].text] = .person } }
        }
        var out = zip(spans, texts).filter { s, t in !headline[s.range.lowerBound] || s.evidence || confirmed[t] != nil }.map(\.0)
        var covered = [Bool](repeating: false, count: toks.count)
        for s in out { for k in s.range { covered[k] = true } }
        let wholes = confirmed.keys.filter { $0.utf8.contains(32) }.map { ($0.split(separator: " ").map(String.init), confirmed[$0] ?? .miscellaneous) }
            .sorted { $0.0.count > $1.0.count }
        // by first word, so each capitalised word looks only at the names it could begin
        var wholesByFirst: [String: [([String], EntityType)]] = [:]
        for w in wholes { wholesByFirst[w.0[0], default: []].append(w) }
        var i = 0
        while i < toks.count {
            if covered[i] || !caps[i] { i += 1; continue }
            if let (words, type) = wholesByFirst[toks[i].text]?.first(where: { w in i + w.0.count <= toks.count && (0..<w.0.count).allSatisfy { !covered[i + $0] && toks[i + $0].text == w.0[$0] } }) {
                out.append(Span(range: i..<(i + words.count), type: type, evidence: false))
                for k in i..<(i + words.count) { covered[k] = true }
                i += words.count
                continue
            }
            if let type = parts[toks[i].text] ?? (confirmed[toks[i].text].flatMap { $0 == .person || $0 == .organization ? $0 : nil }) {
                out.append(Span(range: i..<(i + 1), type: type, evidence: false))
                covered[i] = true
            }
            i += 1
        }
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// "Trump-Kim", "U.S.-Japan": two names joined by a hyphen are two actors for the event coder, not one entity.
    func isCompound(_ toks: [Token], _ s: Span) -> Bool {
        guard s.range.count == 1, toks[s.range.lowerBound].text.utf8.contains(UInt8(ascii: "-")) else { return false }
        let parts = toks[s.range.lowerBound].text.split(separator: "-")
        guard parts.count == 2, parts.allSatisfy({ $0.first?.isUppercase == true }) else { return false }
        let known = { (p: Substring) -> Bool in
            let w = String(p)
            return CountryTable.shared.code(forName: w) != nil || CountryTable.shared.code(forDemonym: w) != nil || EntityRecognizer.compass.contains(w.lowercased())
                || self.dictionary.lookup(w, on: nil)?.kind == .person || NameLexicon.eastAsianSurnames.contains(w) || NameLexicon.givenNames.contains(w)
        }
        return parts.allSatisfy(known)
    }
}
