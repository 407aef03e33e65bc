/// Codes events: who did what to whom, when, where and about what.
///
/// Triggers come from the ``EventLexicon``: verbs ("met with", "pulled out of",
/// "released") and nouns ("the summit between X and Y", "the U.S.-Japan
/// summit"). The source is the subject of the trigger's clause (the leftmost
/// actor not governed by a preposition; the antecedent of ", who"; the agent
/// of a passive), the target the first actors after it. Status comes from the
/// words before the trigger ("is slated to", "will", "if", "did not") and, when
/// those say nothing, from the event's date against the article's. The date is
/// the nearest date expression in the sentence; with none it is null (the text
/// gives none). Mentions of one event in an article (same type, the same or
/// contained actors, compatible dates and status) become one event that keeps
/// every trigger as evidence. Quoted speech and trailers after "Watch next:"
/// or "Related:" are not coded.
public struct EventCoder: Stage {
    public let name = "events"
    let lexicon: EventLexicon

    public init(lexicon: EventLexicon = .shared) {
        self.lexicon = lexicon
    }

    public func process(_ doc: inout Document) {
        var coding = EventCoding(doc: doc, lexicon: lexicon)
        doc.events = coding.run()
        // groups no name stands for ("demonstrators", "security forces") that events need as their source
        let used = Set(doc.events.flatMap { $0.source + $0.target })
        doc.actors.append(contentsOf: coding.groups.filter { used.contains($0.id) })
    }
}

/// One event mention before merging.
struct EventMention {
    var entry: EventLexicon.Entry
    var trigger: Range<Int>
    var sentence: Int
    var source: [String]
    var target: [String]
    var date: String?
    var status: EventStatus
    var place: String?
    var topics: [String]
    /// The mention names its meeting only by reference ("the summit"): it joins the event it refers to.
    var referential: Bool = false
}

/// The working state of ``EventCoder`` for one document.
struct EventCoding {
    let doc: Document
    let lexicon: EventLexicon
    let index: EntityIndex
    let words: [String]
    let published: CalendarDate?
    var inQuote: [Bool]
    var mentions: [EventMention] = []
    var actorByID: [String: Actor]
    /// Group actors made for unnamed groups acting as subjects, by their name.
    var groups: [Actor] = []

    init(doc: Document, lexicon: EventLexicon) {
        self.doc = doc
        self.lexicon = lexicon
        self.index = EntityIndex(doc)
        self.words = doc.tokens.map(\.lower)
        self.published = doc.info.published.flatMap { CalendarDate(iso: $0) }
        var mask = [Bool](repeating: false, count: doc.tokens.count)
        for q in doc.quotes {
            var t = EntityIndex.firstToken(endingAfter: q.start, doc.tokens)
            while t < doc.tokens.count && doc.tokens[t].start < q.end { mask[t] = true; t += 1 }
        }
        self.inQuote = mask
        var byID: [String: Actor] = [:]
        for a in doc.actors { byID[a.id] = a }
        self.actorByID = byID
    }

    static let beForms: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "'s", "'re", "am"]
    static let prepositions: Set<String> = [
        "of", "to", "from", "for", "with", "by", "at", "in", "on", "into", "about", "against", "between", "among",
        "as", "than", "like", "over", "under", "toward", "towards", "across", "through", "throughout", "near", "including",
        "outside", "inside", "around", "beyond", "behind", "within", "along", "via", "amid",
    ]
    static let clauseWords: Set<String> = [
        "who", "which", "where", "when", "whom", "whose", "that", "while", "because", "although", "though", "if",
        "unless", "after", "before", "since", "until", "whether", "what", "how", "why",
    ]
    static let plannedCues: Set<String> = [
        "will", "'ll", "shall", "slated", "scheduled", "expected", "set", "due", "plans", "planned", "planning",
        "plan", "going", "intends", "intend", "aims", "hopes", "hope", "willing", "willingness", "ready", "prepared",
        "preparing", "prepare", "upcoming", "proposed", "next", "future", "preparations", "ahead", "until", "committed",
        "commitment",
    ]
    /// Verbs that hand their meaning to the noun after them ("began a hunger strike", "staged a rally").
    static let lightVerbs: Set<String> = [
        "began", "begin", "begun", "started", "start", "staged", "stage", "held", "hold", "launched", "launch",
        "continued", "continue", "continuing", "organized", "organised", "carried", "conducted", "mounted", "called",
        "opened", "completed", "announced", "led",
    ]
    /// Words by which an actor commits itself to a future act.
    static let commitmentCues: Set<String> = [
        "will", "'ll", "would", "willing", "ready", "prepared", "offered", "offers", "offer", "promised", "promises",
        "pledged", "pledges", "vowed", "vows", "undertook", "agreed", "swore", "sworn", "committed", "intends",
    ]
    /// Words that report an attempt at an act.
    static let attemptCues: Set<String> = ["tried", "tries", "try", "attempted", "attempts", "attempt", "sought", "seeks", "seek",
                                          "decided", "decides", "voted", "votes", "continued", "continues", "continue", "resumed", "resume"]
    /// Words by which an actor turns an act down.
    static let refusalCues: Set<String> = ["refused", "refuses", "refuse", "refusing", "declined", "declines", "decline", "rejected", "rejects"]
    /// Words besides speech verbs that put a demand into words ("issued a reminder that Iraq must…").
    static let demandVerbs: Set<String> = ["reminder", "warning", "statement", "declaration", "reiterated", "insisted", "demanded", "declared"]
    /// Meeting verbs whose direct object is a topic, not a partner: "discussed Taiwan".
    static let topicVerbs: Set<String> = ["discuss", "debate", "address"]

    /// Verbs that report a clause with its own subject: "officials said the two sides would meet".
    static let reportingVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "noted", "explained", "stressed", "argued", "claimed",
        "wrote", "replied", "insisted", "confirmed", "acknowledged", "believes", "believed", "hoped", "hopes", "thinks", "thought",
        "reported", "reports", "estimated", "predicted", "feared", "fears",
    ]

    /// Verbs after which "that" opens the act demanded: "demanded that Iraq withdraw".
    static let subjunctiveDemands: Set<String> = Set(["demand", "insist", "urge", "ask", "request"].flatMap(Inflection.verbForms))
    /// Words that report a schedule rather than a commitment.
    static let scheduleCues: Set<String> = ["slated", "scheduled", "expected", "set", "due", "planned", "plans", "plan", "upcoming", "next", "if", "may", "might", "could"]
    /// Nouns that point back at a request or offer made before: "rejected the call".
    static let proposalNouns: Set<String> = ["call", "calls", "request", "demand", "demands", "appeal", "offer", "proposal", "invitation", "plea"]

    /// Verbs whose object event is held by their subject: "agreed to hold talks", "plan to attend the summit".
    static let holdingVerbs: Set<String> = ["hold", "have", "plan", "attend", "host", "arrange", "organize", "organise", "convene",
                                            "schedule", "stage", "begin", "start", "continue", "resume", "open", "prepare", "join",
                                            "launch", "conduct", "seek", "pursue", "restart", "reopen"]

    static let subordinators: Set<String> = ["after", "before", "when", "while", "since", "although", "though", "because", "if", "unless", "until", "as"]
    static let hypotheticalCues: Set<String> = ["if", "unless", "may", "might", "could", "would", "should", "whether", "can"]
    static let negationCues: Set<String> = ["not", "n't", "never", "no", "refused", "failed", "declined", "without"]
    static let determiners: Set<String> = [
        "the", "a", "an", "their", "his", "her", "its", "our", "your", "this", "that", "these", "those", "'s",
        "planned", "upcoming", "first", "historic", "proposed", "previous", "latest", "next", "last", "second",
        "own", "two", "three", "joint", "annual", "bilateral",
    ]
    static let trailerOpeners: [String] = ["watch next", "read more", "related", "more from", "also read", "see also", "recommended"]

    // MARK: - Run

    mutating func run() -> [Event] {
        let lastSentence = trailerStart() ?? doc.sentences.count
        for s in 0..<lastSentence { code(sentence: s) }
        return merge()
    }

    /// The first sentence of a trailer ("Watch Next:", "Related:"), if any.
    func trailerStart() -> Int? {
        for (k, s) in doc.sentences.enumerated() {
            let r = s.tokenRange
            guard !r.isEmpty, r.count <= 6 else { continue }
            let head = words[r].prefix(2).joined(separator: " ")
            if EventCoding.trailerOpeners.contains(where: { head.hasPrefix($0) }) { return k }
        }
        return nil
    }

    /// Whether most words of a sentence are capitalised, as in a headline.
    func isHeadline(_ r: Range<Int>) -> Bool {
        var words = 0, caps = 0
        for i in r where doc.tokens[i].kind == .word {
            words += 1
            if doc.tokens[i].isCapitalized { caps += 1 }
        }
        return words >= 3 && Double(caps) >= 0.7 * Double(words)
    }

    mutating func code(sentence s: Int) {
        let r = doc.sentences[s].tokenRange
        let headline = isHeadline(r)
        var i = r.lowerBound
        while i < r.upperBound {
            guard !inQuote[i], index.entity(atToken: i) == nil,
                  headline || !doc.tokens[i].isCapitalized,
                  let (entry, end) = chooseMatch(at: i, in: r) else { i += 1; continue }
            if var m = entry.nominal ? nominal(entry, i..<end, sentence: s, range: r) : verbal(entry, i..<end, sentence: s, range: r) {
                if m.entry.mode == nil, m.entry.type == "ASSAULT" { m.entry.mode = weaponMode(in: r) }
                // "India summoned the envoy to protest…": a state protests in words (CAMEO 111), it does not demonstrate
                if m.entry.type == "PROTEST", m.entry.pattern == "protest", !m.source.isEmpty,
                   m.source.allSatisfy({ actorByID[$0].map { $0.kind == .country || $0.sector == "GOV" } ?? false }) {
                    m.entry.type = "ACCUSE"
                    m.entry.mode = "disapprove"
                    m.entry.cameo = "111"
                }
                // "threatened to impose a curfew": the threat's mode is that of the act threatened
                if m.entry.mode == nil, m.entry.type == "THREATEN", end + 1 < r.upperBound, words[end] == "to",
                   let (act, _) = chooseMatch(at: end + 1, in: r) {
                    m.entry.mode = EventCoding.threatMode(act)
                }
                mentions.append(m)
            }
            i = end
        }
        codeDemands(sentence: s, range: r)
    }

    /// PLOVER's mode of an attack from the weapons its sentence names: "killed in a car bomb" is explosives,
    /// "shelled" heavy weapons. The first cue in the table's order wins (a suicide bombing is no plain bombing).
    func weaponMode(in r: Range<Int>) -> String? {
        var found: (rank: Int, mode: String)?
        for i in r {
            guard let (rank, mode) = EventCoding.weaponWords[words[i]] else { continue }
            if found == nil || rank < found!.rank { found = (rank, mode) }
        }
        return found?.mode
    }

    static let weaponWords: [String: (Int, String)] = {
        var m: [String: (Int, String)] = [:]
        let table: [(String, String)] = [
            ("suicide-attack", "suicide"),
            ("aerial", "airstrike airstrikes air-strike air-strikes warplanes warplane bombers helicopter gunships drone drones"),
            ("heavy-weapons", "artillery shelling shells shelled mortar mortars rocket rockets tank tanks missile missiles howitzers"),
            ("explosives", "bomb bombs bombing bombings bomber explosion explosions blast blasts explosive explosives grenade grenades landmine landmines mine mines"),
            ("firearms", "gunmen gunman gunfire shot shots shooting rifle rifles gun guns machine-gun sniper snipers"),
            ("primitive", "knife knives stabbed stabbing machete machetes axes clubs stones"),
        ]
        for (rank, (mode, words)) in table.enumerated() { for w in words.split(separator: " ") { m[String(w)] = (rank, mode) } }
        return m
    }()

    /// "The ministry said Ruritania must drop its tariffs": an act one actor says another must do is a demand
    /// by the speaker (PLOVER REQUEST, CAMEO 10) also when the act itself is no trigger of the lexicon.
    mutating func codeDemands(sentence s: Int, range r: Range<Int>) {
        for m in r where words[m] == "must" && !inQuote[m] {
            // an act coded already carries the demand (see `demanded`)
            if mentions.contains(where: { $0.sentence == s && $0.trigger.lowerBound > m && $0.trigger.lowerBound <= m + 4 }) { continue }
            var v = m + 1
            while v < r.upperBound, ["be", "now", "also", "immediately", "not", "first"].contains(words[v]) { v += 1 }
            guard v < r.upperBound, doc.tokens[v].isLowercaseWord,
                  let cue = (r.lowerBound..<m).last(where: { SpeechVerbs.forms.contains(words[$0]) || EventCoding.demandVerbs.contains(words[$0]) }),
                  !inQuote[cue] else { continue }
            let by = subjectActors(clause: (storyStart(r), false), before: cue, in: r)
            guard !by.isEmpty else { continue }
            var target: [String] = []
            var i = cue + 1
            while i < m {
                if let mm = mention(at: i) { if !by.contains(mm.actor) { target.append(mm.actor) }; i = mm.range.upperBound } else { i += 1 }
            }
            let entry = EventLexicon.Entry(pattern: "must", type: "REQUEST", mode: nil, cameo: "100", symmetric: false, nominal: false, selfContained: true)
            let trig = m..<(v + 1)
            mentions.append(EventMention(entry: entry, trigger: trig, sentence: s, source: by, target: target,
                                         date: dateNear(trig, in: r), status: .occurred, place: placeNear(trig, in: r, visitTarget: []),
                                         topics: Topics.find(in: words[r])))
        }
    }

    /// The pattern at a token; a word that is both noun and verb ("meeting", "visit") is read as a
    /// noun after a determiner and as a verb otherwise.
    func chooseMatch(at i: Int, in r: Range<Int>) -> (EventLexicon.Entry, Int)? {
        guard let candidates = lexicon.byFirst[words[i]] else { return nil }
        let afterDeterminer = i > r.lowerBound && (EventCoding.determiners.contains(words[i - 1]) || doc.tokens[i - 1].kind == .number
            || index.entity(atToken: i - 1) != nil || isTimeToken(i - 1))
        var best: (EventLexicon.Entry, Int)?
        for c in candidates {
            if c.entry.nominal != afterDeterminer && candidates.contains(where: { $0.entry.nominal == afterDeterminer }) { continue }
            if let end = EventLexicon.matchRest(c.rest, from: i + 1, words: words, limit: r.upperBound) {
                if best == nil || end > best!.1 { best = (c.entry, end) }
            }
        }
        return best
    }

    func isTimeToken(_ t: Int) -> Bool {
        let off = doc.tokens[t].start
        return doc.times.contains { $0.start <= off && off < $0.end }
    }

    // MARK: - Verbal triggers

    mutating func verbal(_ entry: EventLexicon.Entry, _ trig: Range<Int>, sentence s: Int, range r: Range<Int>) -> EventMention? {
        let t = trig.lowerBound
        let w = words[t]
        let prev = t > r.lowerBound ? words[t - 1] : ""
        // "a captured pilot", "the released prisoners": a participle after a determiner modifies a noun
        if ["a", "an", "the", "its", "his", "her", "their", "our"].contains(prev), w.hasSuffix("ed") { return nil }
        // "a press release", "the fight against": a verb's form after an article is a noun
        if ["a", "an", "the"].contains(prev) || (prev == "press" && w.hasPrefix("release")) { return nil }
        // "China's support for Russia": after a possessive, a form with a noun's complement is the noun
        if ["'s", "its", "their", "our", "his", "her"].contains(prev), trig.count == 1, trig.upperBound < r.upperBound,
           ["for", "of", "to"].contains(words[trig.upperBound]) { return nil }
        // gerunds and infinitives are coded only when a cue makes them an event of their own
        var status: EventStatus = .occurred
        // "resorted to throwing stones": the act a group turns to is done
        let resorted = prev == "to" && t - 2 >= r.lowerBound && ["resorted", "resort", "resorts", "resorting", "turned"].contains(words[t - 2])
        // "shelled the city, killing two civilians": a participle after a comma is the main subject's act
        if w.hasSuffix("ing") {
            // "responded by breaking relations": the means is the subject's act as well
            guard EventCoding.beForms.contains(prev) || resorted || (prev == "," || prev == "by") && !entry.nominal else { return nil }
        }
        // "marched to protest", "gathered to protest": a protest is an infinitive of purpose as well
        if prev == "to", !resorted, !(entry.type == "PROTEST" && t - 2 >= r.lowerBound && !EventCoding.prepositions.contains(words[t - 2])) {
            // "voted unanimously on Thursday to extend": past adverbs and time words to the cue
            var c = t - 2
            while c > r.lowerBound, c > t - 7, isTimeToken(c) || doc.tokens[c].isLyAdverb || ["on", "again", "also"].contains(words[c]) { c -= 1 }
            let cue = c >= r.lowerBound ? words[c] : ""
            // "tried to hack into": an attempt is coded as the act
            // "vowed to retaliate", "pledged to send": a commitment to the act (see `intention`)
            guard EventCoding.plannedCues.contains(cue) || EventCoding.hypotheticalCues.contains(cue) || EventCoding.attemptCues.contains(cue)
                    || EventCoding.commitmentCues.contains(cue) else { return nil }
        }
        let clause = clauseStart(before: t, in: r)
        status = statusFromCues(from: clause.start, to: t, in: r)
        var entry = entry
        let visit = entry.mode == "visit"
        let original = entry
        var intended = false
        if let intent = intention(entry, trigger: trig, clauseStart: clause.start, in: r) {
            entry = intent
            status = .occurred
            intended = true
        }
        let passive = isPassive(at: t, in: r)
        var subject: [String] = []
        var pairTarget: [String] = []
        // "Araghchi met Schmid. … They agreed to meet again": "they" opening a sentence, after an act between
        // people, is the two sides of that act
        if !passive, let pair = peoplePair(from: clause.start, before: t, in: r, sentence: s) { (subject, pairTarget) = pair }
        if subject.isEmpty { subject = subjectActors(clause: clause, before: t, in: r) }
        // "…fired tear gas, and 13 people were killed": a passive's patient is the nearest phrase before it
        let from = passive ? ((clause.start..<t).last(where: { words[$0] == "and" || words[$0] == "," }).map { $0 + 1 } ?? clause.start) : clause.start
        if subject.isEmpty, let g = groupSubject(from: from, before: t, in: r, patient: passive) { subject = [g] }
        // "the two agreed", "both sides said": the parties of the latest event with two sides
        // "The government imposed a curfew": the government of the country last named
        if subject.isEmpty, !passive, let g = governmentReference(from: clause.start, before: t) { subject = [g] }
        if subject.isEmpty, !passive, let pair = pairReference(from: clause.start, before: t, sentence: s) { (subject, pairTarget) = pair }
        // "Militants said they attempted…": "they" is the unnamed group that spoke
        if subject.isEmpty, clause.start > r.lowerBound, EventCoding.reportingVerbs.contains(words[clause.start - 1]),
           words[clause.start..<t].contains("they"), let g = groupSubject(from: storyStart(r), before: clause.start - 1, in: r) {
            subject = [g]
        }
        var object = objectActors(after: trig.upperBound, in: r, meeting: entry.type == "CONSULT" && entry.mode == nil)
        // "discussed North Korea's program with Seoul": what is discussed is a topic; the partner follows "with"
        if EventCoding.topicVerbs.contains(original.pattern) {
            let with = (trig.upperBound..<min(r.upperBound, trig.upperBound + 10)).first { words[$0] == "with" }
            object = with.map { objectActors(after: $0 + 1, in: r) } ?? []
        }
        // "rejected an Indian proposal", "is opposed to French mediation": the country whose thing it is
        if !passive, !entry.selfContained, !entry.symmetric, let c = nationalityObject(after: trig.upperBound, in: r) { object = [c] }
        // "retaken a village in Western Cambodia", "shell Iraqi towns": a settlement's people, not its country's government
        if !passive, !entry.selfContained, !entry.symmetric, let g = settlementObject(after: trig.upperBound, in: r) { object = [g] }
        // "shelled Juba", "threatened to bomb Kabul": force against a capital falls on its people, though the
        // capital's name stands for the government elsewhere ("Kabul said")
        if !passive, EventCoding.forceTypes.contains(entry.type), object.count == 1, let people = capitalPeople(object[0], after: trig.upperBound, in: r) {
            object = [people]
        }
        // "gave Tanzania a grant", "recognized Ruiz as the leader": an object inside the pattern's gap comes first
        if trig.count > 2 {
            var inGap: [String] = []
            for i in (trig.lowerBound + 1)..<trig.upperBound { if let m = mention(at: i), !inGap.contains(m.actor) { inGap.append(m.actor) } }
            if !inGap.isEmpty { object = inGap }
        }
        if passive {
            let agent = agentActors(after: trig.upperBound, in: r)
            (subject, object) = (agent, subject)
        }
        // "Russia said Sudan must return the helicopter": the speaker demands the act of the clause's subject
        var demandedBy = false
        if !passive, let demand = demanded(entry, trigger: trig, in: r) {
            entry = demand.entry
            status = .occurred
            demandedBy = true
            (subject, object) = (demand.by, subject)
        }
        // "arrived in Amman on a visit": a visit to a place is a visit to the government of its country
        if object.isEmpty, visit, !passive { object = visitedCountries(after: trig, in: r, visitors: subject) }
        // "police detained 12 demonstrators": an unnamed group as the object
        if object.isEmpty, !passive, !entry.selfContained, let g = groupObject(after: trig.upperBound, in: r) { object = [g] }
        // "accepted demands from farmers", "rejected an offer by rebels": whoever the request came from
        if object.isEmpty, !passive, let from = proposalSource(after: t, in: r), let g = groupObject(after: from, in: r) { object = [g] }
        // "a hunger strike to demand the resignation of President Ben Bella", "riots against Israeli military
        // policies": a protest is against the authority its purpose names
        if object.isEmpty, !passive, entry.type == "PROTEST", let a = protestedAuthority(after: trig.upperBound, in: r) { object = [a] }
        // "threatened to strike unless Israel rescinded…", "threatened to quit the talks if the United States goes
        // ahead": a threat is aimed at whoever its condition asks to act
        if object.isEmpty, !passive, entry.type == "THREATEN", let c = conditionSubject(after: trig.upperBound, in: r) { object = [c] }
        if object.isEmpty { object = pairTarget }
        // "called on both countries to show restraint": the two countries of the latest act between two countries;
        // "urged both sides": the sides of the latest act with two
        if object.isEmpty, !passive, trig.upperBound < r.upperBound, ["both", "the"].contains(words[trig.upperBound]) {
            let phrase = trig.upperBound..<min(r.upperBound, trig.upperBound + 3)
            if words[phrase].contains(where: { ["countries", "nations", "states", "governments"].contains($0) }) {
                if words[phrase].contains("both") || words[phrase].contains("two"), let m = mentions.last(where: { m in
                    m.sentence >= s - 3 && countries(m.source).count == 1 && countries(m.target).count == 1 && countries(m.source) != countries(m.target) }),
                   let a = countries(m.source).first, let b = countries(m.target).first {
                    object = [countryActor(a, name: a), countryActor(b, name: b)]
                }
            } else if let pair = pairReference(from: phrase.lowerBound, before: phrase.upperBound, sentence: s) {
                object = (pair.source + pair.target).filter { !subject.contains($0) }
            }
        }
        // "rejected the call", "accepted the offer": whoever made the latest such request or offer
        if object.isEmpty, !passive, trig.upperBound + 1 < r.upperBound, words[trig.upperBound] == "the",
           EventCoding.proposalNouns.contains(words[trig.upperBound + 1]),
           let m = mentions.last(where: { ["REQUEST", "AGREE"].contains($0.entry.type) && !$0.source.isEmpty && $0.sentence >= s - 3 }) {
            object = m.source.filter { !subject.contains($0) }
        }
        // "pulled out of the meeting", "hold the summit": the target is whoever the meeting was with
        if object.isEmpty, namesMeeting(trig, in: r), let ref = referencedMeeting(before: t, excluding: subject) {
            object = ref
        }
        var source = subject, target = object
        if target.isEmpty && entry.symmetric && source.count >= 2 {
            target = Array(source.dropFirst())
            source = [source[0]]
        }
        // a passive with no agent ("three soldiers were killed") still says who it happened to
        // so does violence told in the past by something no actor stands for ("a roadside bomb killed two
        // soldiers"); not a noun ("a coordinated attack", "ocean shells") nor a gerund ("beating Enppi 1-0")
        let pastVerb = words[t].hasSuffix("ed") || ["shot", "struck", "hit"].contains(words[t])
        guard !source.isEmpty || !target.isEmpty && (passive || entry.type == "ASSAULT" && !entry.nominal && pastVerb) else { return nil }
        target.removeAll { source.contains($0) }
        // "rebels shelled the regional capital", "threatened to shell the towns": an object no actor stands
        // for still makes the event, with its target left open
        // a pattern ending in its object noun ("accept * demands") has its object
        let ownObject = trig.count > 1 && !EventCoding.prepositions.contains(words[trig.upperBound - 1])
            && !["up", "off", "out", "down", "back", "away"].contains(words[trig.upperBound - 1])
        // a passive's subject is its object ("a camp was attacked by militiamen"), named or not
        if target.isEmpty && !entry.selfContained && !passive
            && (entry.type == "CONSULT" || source.isEmpty || !(ownObject || hasObject(after: trig.upperBound, in: r))) {
            return nil
        }
        // "rejected an Australian ultimatum", "visited Paris": an object no actor stands for is the country of the
        // nationality or place in it, as CAMEO codes it
        if target.isEmpty, !passive, !entry.selfContained, !entry.symmetric, let (code, capital) = objectCountry(after: trig.upperBound, in: r) {
            // "threatened a curfew in Algiers", "would blockade Paris": force or coercion against a capital falls
            // on its people; a capital otherwise stands for its government
            let id = capital != nil && EventCoding.forceTypes.contains(entry.type)
                ? group(capital ?? code, country: code, sector: "CVL") : countryActor(code, name: code)
            if !source.contains(id) { target = [id] }
        }
        // a demand is dated by its own clause: "marched on Wednesday to demand that…"
        // "a dialogue that was suspended in 2016": a relative clause on the object dates that clause, not this act
        var end = clauseEnd(after: trig.upperBound, in: r)
        if let rel = (trig.upperBound..<end).first(where: { ["that", "which"].contains(words[$0]) && doc.tokens[$0 - 1].isLowercaseWord
            && !lexicon.isVerbForm(words[$0 - 1]) && !SpeechVerbs.forms.contains(words[$0 - 1]) }) { end = rel }
        // "met on Saturday, and the two sides agreed…": a clause joined by ", and" shares the date before it
        let joined = clause.start >= r.lowerBound + 2 && words[clause.start - 1] == "and" && words[clause.start - 2] == ","
        let date = dateNear(trig, in: clause.start..<end)
            ?? (demandedBy ? dateNear(trig, in: r) : joined ? dateNear(trig, in: r.lowerBound..<clause.start) : nil)
        // "Biden will meet Xi on Wednesday": a meeting with a date to come is scheduled, not an intent
        if intended, original.type == "CONSULT", entry.type == "AGREE", let published, let date, date.count == 10,
           let d = CalendarDate(iso: date), d > published, words[max(clause.start, t - 4)..<t].contains(where: { ["will", "'ll", "shall"].contains($0) }) {
            entry = original
            status = .planned
        }
        status = adjust(status, date: date)
        return EventMention(entry: entry, trigger: trig, sentence: s, source: source, target: target, date: date,
                            status: status, place: placeNear(trig, in: r, visitTarget: entry.mode == "visit" ? target : [])
                                ?? hostCapital(entry, trig, in: r, visitors: source),
                            topics: Topics.find(in: words[r]))
    }

    /// The people of a capital named after `start` for the actor `id` (its country's), when the mention is the
    /// capital's name and not the country's.
    mutating func capitalPeople(_ id: String, after start: Int, in r: Range<Int>) -> String? {
        guard let country = actorByID[id]?.country else { return nil }
        for i in start..<min(r.upperBound, start + 8) {
            guard let e = index.entity(atToken: i), doc.entities[e].actor == id else { continue }
            let name = ActorBuilder.stripArticle(doc.entities[e].text)
            guard Countries.code(forCapital: name) == country else { return nil }
            return group(name, country: country, sector: "CVL")
        }
        return nil
    }

    /// The actor opening the first "unless" or "if" clause after `start`: "unless Israel rescinded", "if the
    /// United States goes ahead" (an article or a nationality's modifier may come first).
    func conditionSubject(after start: Int, in r: Range<Int>) -> String? {
        guard let k = (start..<r.upperBound).first(where: { words[$0] == "unless" || words[$0] == "if" }) else { return nil }
        var j = k + 1
        while j < min(r.upperBound, k + 4), ["the", "its", "their"].contains(words[j]) { j += 1 }
        guard j < r.upperBound, let m = mention(at: j), !isModifier(m.range, in: r) else { return nil }
        return m.actor
    }

    /// The authority a protest's purpose names after the trigger: the first country, government body or
    /// official after "against", "to demand", "in protest of", "in defiance of" in the same clause.
    func protestedAuthority(after start: Int, in r: Range<Int>) -> String? {
        let end = min(clauseEnd(after: start, in: r), start + 14)
        var i = start
        var cued = false
        while i < end {
            let w = words[i]
            if w == "against" || (w == "demand" || w == "demanding") || (w == "of" && i > start && ["protest", "defiance"].contains(words[i - 1])) {
                cued = true
            } else if cued, let m = mention(at: i), let a = actorByID[m.actor],
                      a.kind == .country || ["GOV", "MIL", "COP", "JUD", "LEG"].contains(a.sector ?? "") {
                return m.actor
            }
            i += 1
        }
        return nil
    }

    /// Whether a noun phrase or an infinitive follows a verb as its object ("the town", "two diplomats",
    /// "to shell the towns"), rather than nothing, a clause boundary or a preposition.
    func hasObject(after t: Int, in r: Range<Int>) -> Bool {
        var i = t
        while i < r.upperBound, isTimeToken(i) || doc.tokens[i].isLyAdverb { i += 1 }
        guard i < r.upperBound else { return false }
        let w = words[i]
        if w == "to" { return i + 1 < r.upperBound && doc.tokens[i + 1].isLowercaseWord }
        if EventCoding.prepositions.contains(w) || EventCoding.clauseWords.contains(w) || ["and", "or", "but", "that", "if", "as", "when", "while", "after", "before", "until", "unless", "because", "since", "so"].contains(w) { return false }
        return doc.tokens[i].isLowercaseWord || doc.tokens[i].isCapitalized || w.first?.isNumber == true
    }

    /// Where the trigger's clause begins, and whether it is a relative clause (", who").
    func clauseStart(before t: Int, in r: Range<Int>) -> (start: Int, relative: Bool) {
        var i = t - 1
        while i >= r.lowerBound {
            let w = words[i]
            if w == ";" || w == ":" || w == "\"" || w == "(" || w == "--" { return (i + 1, false) }
            // "BRUSSELS (Reuters) - The European Union imposed…": a dateline's dash opens the story's first clause
            if isDatelineDash(i, in: r) { return (i + 1, false) }
            // "officials said the two sides would discuss…": a reported clause has its own subject
            if EventCoding.reportingVerbs.contains(w), i + 1 < t, !["by", "to", "that", ",", "in", "on"].contains(words[i + 1]), index.entity(atToken: i) == nil {
                return (i + 1, false)
            }
            // "…, and the two agreed": a clause joined with its own subject (not "…, and agreed")
            if w == "and", i > r.lowerBound, words[i - 1] == ",", i + 1 < t, !lexicon.isVerbForm(words[i + 1]), !words[i + 1].hasSuffix("ed") {
                return (i + 1, false)
            }
            // "…Envoy After Border Firing Kills Two": a headline's subordinator the tagger took into a name still opens a clause
            if EventCoding.clauseWords.contains(w) && (index.entity(atToken: i) == nil
                || EventCoding.subordinators.contains(w) && index.entity(atToken: i).map { index.tokenRanges[$0].lowerBound == i } == true) {
                let relative = (w == "who" || w == "which") && i > r.lowerBound && words[i - 1] == ","
                // "after Trump pulled out": the subordinate clause's own subject follows the word
                // a subordinator the tagger took into a name takes the name with it
                if let e = index.entity(atToken: i) { return (index.tokenRanges[e].upperBound, false) }
                return (relative ? i : i + 1, relative)
            }
            i -= 1
        }
        return (r.lowerBound, false)
    }

    /// Whether a token is the dash that ends a wire dateline at the start of a paragraph ("LIMA (Reuters) -").
    func isDatelineDash(_ i: Int, in r: Range<Int>) -> Bool {
        (words[i] == "-" || doc.tokens[i].text == "\u{2014}") && i - r.lowerBound < 16 && doc.tokens[r.lowerBound].startsLine
    }

    /// Where a sentence's own words begin: after a dateline, if it opens with one.
    func storyStart(_ r: Range<Int>) -> Int {
        (r.lowerBound..<min(r.upperBound, r.lowerBound + 16)).first { isDatelineDash($0, in: r) }.map { $0 + 1 } ?? r.lowerBound
    }

    /// Where the trigger's clause ends: at a relative or subordinate word, a semicolon, or the sentence's end.
    func clauseEnd(after t: Int, in r: Range<Int>) -> Int {
        var i = t
        while i < r.upperBound {
            let w = words[i]
            if w == ";" || (EventCoding.clauseWords.contains(w) && w != "that" && index.entity(atToken: i) == nil) { return i }
            i += 1
        }
        return r.upperBound
    }

    func statusFromCues(from a: Int, to t: Int, in r: Range<Int>) -> EventStatus {
        let lo = max(a, t - 5)
        let before = lo < t ? Array(words[lo..<t]) : []
        if before.contains(where: EventCoding.negationCues.contains) { return .negated }
        if (max(r.lowerBound, a - 1)..<t).contains(where: { words[$0] == "if" || words[$0] == "unless" }) { return .hypothetical }
        if before.contains(where: EventCoding.hypotheticalCues.contains) { return .hypothetical }
        if before.contains(where: EventCoding.plannedCues.contains) { return .planned }
        return .occurred
    }

    /// "Turkey will allow the refugees to return", "Iraq said it would allow inspectors", "ready to contribute
    /// troops": an actor committing itself to a cooperative act is AGREE (CAMEO 03, express intent); to a hostile
    /// one, or on a condition ("will withdraw its force unless…"), THREATEN (CAMEO 13). A schedule reported about
    /// the actors ("is slated to meet", "are expected to continue") keeps the event's own type, planned.
    func intention(_ entry: EventLexicon.Entry, trigger: Range<Int>, clauseStart a: Int, in r: Range<Int>) -> EventLexicon.Entry? {
        guard entry.type != "THREATEN", !entry.nominal else { return nil }
        let t = trigger.lowerBound
        var lo = max(a, t - 5)
        // "promised to actively communicate and share": a verb joined to an infinitive shares its cue
        if t - 1 > a, words[t - 1] == "and", let to = (max(a, t - 5)..<(t - 1)).last(where: { words[$0] == "to" }) { lo = max(a, to - 4) }
        let before = Array(words[lo..<t])
        // "refused to accept the plan", "will not accept any more refugees": turning down a cooperative act
        let refuses = before.contains(where: EventCoding.refusalCues.contains)
            || (before.contains(where: EventCoding.commitmentCues.contains) && before.contains(where: EventCoding.negationCues.contains))
        if refuses, entry.quad <= 2, !before.contains(where: EventCoding.scheduleCues.contains) {
            var refusal = entry
            refusal.type = "REJECT"
            refusal.mode = nil
            refusal.cameo = entry.type == "CONSULT" ? "1246" : entry.type == "AID" ? "1211" : "120"
            return refusal
        }
        // "may halt mediation if cooperation founders": a hostile act held out on a condition is a threat
        if entry.quad >= 3, before.contains(where: { $0 == "may" || $0 == "might" || $0 == "could" }),
           (trigger.upperBound..<min(r.upperBound, clauseEnd(after: trigger.upperBound, in: r) + 12)).contains(where: { words[$0] == "if" || words[$0] == "unless" }) {
            var threat = entry
            threat.mode = nil
            threat.type = "THREATEN"
            threat.cameo = EventCoding.threatCode(entry.type)
            threat.mode = EventCoding.threatMode(entry)
            return threat
        }
        guard entry.type != "AGREE" else { return nil }
        guard before.contains(where: EventCoding.commitmentCues.contains),
              !before.contains(where: EventCoding.scheduleCues.contains) else { return nil }
        // "will not accept any more refugees", "would not meet their demands": a refusal
        if before.contains(where: EventCoding.negationCues.contains) {
            guard entry.quad <= 2 else { return nil }
            var refusal = entry
            refusal.type = "REJECT"
            refusal.mode = nil
            refusal.cameo = entry.type == "CONSULT" ? "1246" : "120"
            return refusal
        }
        let end = clauseEnd(after: trigger.upperBound, in: r)
        // "will withdraw unless the talks resume" is a threat; "would meet him if he…" a conditional offer
        let conditional = (trigger.upperBound..<min(r.upperBound, end + 12)).contains { words[$0] == "unless" }
        var intent = entry
        intent.mode = nil
        if entry.quad >= 3 || conditional {
            intent.type = "THREATEN"
            intent.cameo = EventCoding.threatCode(entry.type)
            intent.mode = EventCoding.threatMode(entry)
        } else {
            intent.type = "AGREE"
            intent.cameo = ["CONSULT": "036", "AID": "033", "COOPERATE": "031", "CONCEDE": "035", "RETREAT": "035"][entry.type] ?? "030"
        }
        return intent
    }

    /// CAMEO's threat of an act of a PLOVER type: to use force, sanctions, coercion, or a threat of its own kind.
    static func threatCode(_ type: String) -> String {
        ["ASSAULT": "138", "SANCTION": "131", "COERCE": "137"][type] ?? "130"
    }

    /// PLOVER's mode of a threat of an act: violence, cutting relations, or the coercion threatened ("curfew").
    static func threatMode(_ entry: EventLexicon.Entry) -> String? {
        switch entry.type {
        case "ASSAULT": return "violence"
        case "SANCTION": return "relations"
        case "COERCE": return entry.mode ?? "restrict"
        default: return nil
        }
    }

    /// An act someone says another "must" do is a demand (PLOVER REQUEST, CAMEO 10) by the speaker.
    mutating func demanded(_ entry: EventLexicon.Entry, trigger: Range<Int>, in r: Range<Int>) -> (entry: EventLexicon.Entry, by: [String])? {
        let t = trigger.lowerBound
        guard !entry.nominal else { return nil }
        var cue: Int?
        if (max(r.lowerBound, t - 5)..<t).contains(where: { words[$0] == "must" }) {
            cue = (r.lowerBound..<t).last(where: { SpeechVerbs.forms.contains(words[$0]) || EventCoding.demandVerbs.contains(words[$0]) })
        } else if let that = (max(r.lowerBound, t - 8)..<t).last(where: { words[$0] == "that" }), that > r.lowerBound,
                  EventCoding.subjunctiveDemands.contains(words[that - 1]) {
            // "marched to demand that the president step down": the act demanded, in the subjunctive
            cue = that - 1
        }
        guard let v = cue else { return nil }
        var by = subjectActors(clause: (storyStart(r), false), before: v, in: r)
        if by.isEmpty, let g = groupSubject(from: storyStart(r), before: v, in: r) { by = [g] }
        guard !by.isEmpty else { return nil }
        var demand = entry
        demand.type = "REQUEST"
        demand.mode = nil
        demand.cameo = ["CONSULT": "1043", "AID": "103", "COOPERATE": "101", "CONCEDE": "105", "RETREAT": "105", "AGREE": "101"][entry.type] ?? "100"
        demand.symmetric = false
        return (demand, by)
    }

    /// A planned event dated before the article happened already; an occurred one dated after it is planned.
    func adjust(_ status: EventStatus, date: String?) -> EventStatus {
        guard let published, let date, date.count == 10, let d = CalendarDate(iso: date) else { return status }
        if status == .occurred && d > published { return .planned }
        if status == .planned && d < published { return .occurred }
        return status
    }

    func isPassive(at t: Int, in r: Range<Int>) -> Bool {
        let w = words[t]
        guard w.hasSuffix("ed") || w.hasSuffix("en") || ["met", "held", "sent", "led", "struck", "shot", "seized", "freed"].contains(w) else { return false }
        for k in 1...2 where t - k >= r.lowerBound {
            if EventCoding.beForms.contains(words[t - k]) && words[t - k] != "'s" { return true }
            if words[t - k] == "has" || words[t - k] == "have" || words[t - k] == "had" { return false }
        }
        return false
    }

    // MARK: - Arguments

    /// An actor mention: the entity's token range and its actor id.
    func mention(at i: Int) -> (range: Range<Int>, actor: String)? {
        guard let e = index.entity(atToken: i), let a = doc.entities[e].actor else { return nil }
        return (index.tokenRanges[e], a)
    }

    /// Whether a mention only modifies what follows: "Seoul's minister", "Japanese counterpart".
    func isModifier(_ m: Range<Int>, in r: Range<Int>) -> Bool {
        var j = m.upperBound
        if j < r.upperBound, words[j] == "'s" { j += 1 } else if let e = index.entity(atToken: m.lowerBound), doc.entities[e].type == .nationality {
            // a nationality names a group only when the actor stage made it one
        } else { return false }
        guard j < r.upperBound, let e = index.entity(atToken: j) else { return false }
        // "Taiwan's Vice Foreign Minister visited…": a title no name follows acts for the country that owns it
        if doc.entities[e].type == .title {
            var after = index.tokenRanges[e].upperBound
            if after < r.upperBound, words[after] == "," { after += 1 }  // "Seoul's top envoy, Jane Doe"
            return after < r.upperBound && index.entity(atToken: after).map { doc.entities[$0].type == .person } == true
        }
        return [.person, .organization].contains(doc.entities[e].type)
    }

    func subjectActors(clause: (start: Int, relative: Bool), before t: Int, in r: Range<Int>) -> [String] {
        if clause.relative {
            // ", who …": the antecedent before the comma
            var i = clause.start - 2
            while i >= r.lowerBound {
                if let m = mention(at: i) { return [m.actor] }
                if words[i] == "," || words[i] == "." { break }
                i -= 1
            }
            return []
        }
        var i = clause.start
        // "After a greeting from Minister Park, Ruiz spoke": the main clause starts after the subordinate one
        if clause.start > r.lowerBound, EventCoding.subordinators.contains(words[clause.start - 1]),
           let comma = (clause.start..<t).last(where: { words[$0] == "," }) {
            i = comma + 1
        }
        // "… roles that China and Japan play … and agreed": a verb joined by "and" after a relative
        // clause belongs to the sentence's subject, before the relative word
        if t - 1 > clause.start, words[t - 1] == "and", clause.start > r.lowerBound, ["that", "which", "who"].contains(words[clause.start - 1]) {
            return subjectActors(clause: (r.lowerBound, false), before: clause.start - 1, in: r)
        }
        // "A bombing killed one U.S. soldier and wounded two others": a verb joined by "and" to an earlier
        // verb shares that verb's subject; a phrase after the earlier verb is its object
        var firstVerb = t
        if t - 1 > i, words[t - 1] == "and" {
            firstVerb = (i..<(t - 1)).first { lexicon.isVerbForm(words[$0]) && index.entity(atToken: $0) == nil } ?? t
        }
        while i < t {
            if i > firstVerb { break }
            if let m = mention(at: i) {
                // the word before the phrase, past any title or nationality words: "from Minister Park"
                var p = m.range.lowerBound - 1
                while p >= r.lowerBound, let e = index.entity(atToken: p), [.title, .nationality].contains(doc.entities[e].type) {
                    p = index.tokenRanges[e].lowerBound - 1
                }
                // "Rebels in the Ivory Coast": past the article as well
                if p > r.lowerBound, ["the", "a", "an"].contains(words[p]), EventCoding.prepositions.contains(words[p - 1]) { p -= 1 }
                var prep = p >= r.lowerBound ? words[p] : ""
                // "a group of Moroccan diplomats", "thousands of workers": a count is no preposition; nor is
                // "the government of Haiti" (the government is theirs) or "members of the Jurists Association"
                if prep == "of", p - 1 >= r.lowerBound, EventCoding.ownerNouns.contains(words[p - 1]) { prep = "" }
                if !EventCoding.prepositions.contains(prep) && !isModifier(m.range, in: r) {
                    return coordinated(from: m, limit: t, in: r)
                }
                i = m.range.upperBound
                continue
            }
            i += 1
        }
        // a pronoun subject right before the verb ("it is prepared to impose")
        for k in 1...5 where t - k >= clause.start && (k <= 3 || (t - k + 1..<t).allSatisfy { EventCoding.beForms.contains(words[$0])
            || EventCoding.plannedCues.contains(words[$0]) || words[$0] == "to" || EventCoding.hypotheticalCues.contains(words[$0]) }) {
            let w = words[t - k]
            if w == "he" || w == "she" { return recentPerson(before: t - k).map { [$0] } ?? [] }
            // "the union said it had called off…": a singular group as well
            if w == "it" { return recentActor(before: t - k, kinds: [.country, .organization, .group], singular: true).map { [$0] } ?? [] }
            // "the rebels said they will release…": the speaker of the reporting clause, else the latest group or country
            if w == "they" {
                if clause.start > r.lowerBound, EventCoding.reportingVerbs.contains(words[clause.start - 1]) {
                    let speaker = subjectActors(clause: (storyStart(r), false), before: clause.start - 1, in: r)
                    if !speaker.isEmpty { return speaker }
                }
                return recentActor(before: t - k, kinds: [.group, .country, .organization]).map { [$0] } ?? []
            }
        }
        return []
    }

    /// A mention and the ones joined to it by "and" or commas (titles and nationalities may sit between).
    /// "Demonstrators in the capital blocked roads", "Thousands of strikers marched", "Security forces tortured…":
    /// a group no name stands for, as the subject of a clause, becomes a group actor with the sector its noun
    /// gives and the country of a nationality before it or a place named right after it.
    /// A passive's subject ("a journalist was killed") may be one person.
    mutating func groupSubject(from a: Int, before t: Int, in r: Range<Int>, patient: Bool = false) -> String? {
        var i = a
        while i < t {
            let w = words[i]
            if w == "," || EventCoding.clauseWords.contains(w) || i >= a + 8 { return nil }
            if index.entity(atToken: i) != nil, mention(at: i) != nil { return nil }
            // "Vietnamese-led forces", "a Saudi-led coalition": the led group, singular or plural
            let led = i > a ? Countries.code(leading: doc.tokens[i - 1].text) : nil
            if EventCoding.agentNouns.contains(w) || patient && RoleLexicon.sectorByWord[w] != nil && doc.tokens[i].isLowercaseWord
                || led != nil && RoleLexicon.groupNouns.contains(w) {
                let prev = i > r.lowerBound ? words[i - 1] : ""
                let governed = EventCoding.prepositions.contains(prev) && !(prev == "of" && i >= 2 && EventCoding.quantityWords.contains(words[i - 2]))
                if governed { return nil }
                // the modifiers of the noun: "riot police", "security forces"
                var first = i
                while first > a, first > i - 2, doc.tokens[first - 1].isLowercaseWord || doc.tokens[first - 1].isCapitalized && first - 1 == r.lowerBound,
                      !EventCoding.quantityWords.contains(words[first - 1]), !EventCoding.determiners.contains(words[first - 1]),
                      !EventCoding.prepositions.contains(words[first - 1]), index.entity(atToken: first - 1) == nil || first == i && led != nil { first -= 1 }
                // "the foreign ministers", "their troops": a definite phrase points back at actors named before
                // "the two leaders", "the three foreign ministers" as well
                var d = first - 1
                while d > r.lowerBound, d >= first - 2, doc.tokens[d].kind == .number || EventCoding.numberWords.contains(words[d]) { d -= 1 }
                if d >= r.lowerBound, ["the", "their", "its", "his", "her", "our", "these", "those", "both"].contains(words[d]) { return nil }
                // "opposition groups", "opposition parties": the noun after the side is still the group
                var last = i
                if last + 1 < t, EventCoding.collectiveNouns.contains(words[last + 1]) { last += 1 }
                var country = led
                if country == nil, first > r.lowerBound, let e = index.entity(atToken: first - 1), doc.entities[e].type == .nationality {
                    country = Countries.code(forDemonym: doc.entities[e].text)
                }
                // "protesters in Kenya", "students throughout Indonesia"; "doctors from two American aid groups"
                if country == nil, last + 2 < t, ["in", "from", "throughout", "across"].contains(words[last + 1]) {
                    var j = last + 2
                    while j < min(t, last + 6), index.entity(atToken: j) == nil, doc.tokens[j].isLowercaseWord || doc.tokens[j].kind == .number { j += 1 }
                    if j < t, let e = index.entity(atToken: j) {
                        if doc.entities[e].type == .nationality, words[last + 1] == "from" {
                            country = Countries.code(forDemonym: doc.entities[e].text)
                        } else if j == last + 2 || words[j - 1] == "the", [.geopolitical, .location].contains(doc.entities[e].type) {
                            country = place(of: e)?.country
                        }
                    }
                }
                let name = (first...last).map { led != nil && $0 == i - 1 ? doc.tokens[$0].text : words[$0] }.joined(separator: " ")
                return group(name, country: country, sector: RoleLexicon.sectorByWord[w] ?? (led != nil ? "MIL" : nil))
            }
            i += 1
        }
        return nil
    }

    /// "The government", "the authorities", "the regime" as a subject: the country actor of the latest actor
    /// with a country in this or the sentences just before ("Nigerian police arrested… The government imposed…").
    mutating func governmentReference(from a: Int, before t: Int) -> String? {
        guard let g = (max(a, t - 4)..<t).first(where: { ["government", "authorities", "regime"].contains(words[$0]) }),
              g > a, words[g - 1] == "the" else { return nil }
        var i = g - 2
        while i >= max(0, g - 80) {
            if let m = mention(at: i), let code = actorByID[m.actor]?.country { return countryActor(code, name: code) }
            i -= 1
        }
        return nil
    }

    /// "The two agreed…", "both sides said…", "the pair met…": the source and target of the latest event of this or
    /// the two sentences before that had two sides.
    func pairReference(from a: Int, before t: Int, sentence s: Int) -> (source: [String], target: [String])? {
        let phrase = words[a..<t]
        let cue = phrase.contains("both") || zip(phrase, phrase.dropFirst()).contains { $0 == "the" && ["two", "pair", "sides"].contains($1) }
        // an act told with a verb names its sides more surely than a noun ("the summit") does
        // …and two parties, not of one country, neither an international body ("urged the United Nations")
        guard cue, let m = mentions.last(where: { m in m.sentence >= s - 2 && !m.entry.nominal && !m.source.isEmpty && !m.target.isEmpty
            && countries(m.source).isDisjoint(with: countries(m.target))
            && !(m.source + m.target).contains { actorByID[$0].map { $0.kind == .organization && $0.country == nil } ?? false } }) else { return nil }
        return (m.source, m.target)
    }

    /// "They" as the whole subject at the start of a sentence, right after an act told with a verb in the
    /// two sentences before (or this one) whose two sides each hold a person: those sides.
    func peoplePair(from a: Int, before t: Int, in r: Range<Int>, sentence s: Int) -> (source: [String], target: [String])? {
        guard a == storyStart(r), words[a] == "they", (a + 1..<t).allSatisfy({ doc.tokens[$0].isLowercaseWord && index.entity(atToken: $0) == nil }),
              let m = mentions.last(where: { !$0.entry.nominal && $0.sentence >= s - 2 }),
              !m.source.isEmpty, !m.target.isEmpty else { return nil }
        func hasPerson(_ ids: [String]) -> Bool { ids.contains { actorByID[$0]?.kind == .person } }
        return hasPerson(m.source) && hasPerson(m.target) ? (m.source, m.target) : nil
    }

    /// The country actor of a code: the document's own, else one made for it (named `name` if the table has no name).
    mutating func countryActor(_ code: String, name: String) -> String {
        doc.actors.first(where: { $0.kind == .country && $0.country == code })?.id
            ?? group(Countries.name(for: code) ?? name, country: code, sector: "GOV", kind: .country)
    }

    /// The group actor of a name and country, made once per document.
    mutating func group(_ name: String, country: String?, sector: String?, kind: ActorKind = .group) -> String {
        let key = (country ?? "") + "|" + name
        if let existing = groups.first(where: { ($0.country ?? "") + "|" + $0.name == key }) { return existing.id }
        let id = "a\(doc.actors.count + groups.count + 1)"
        let actor = Actor(id: id, name: name, kind: kind, country: country, sector: sector, mentions: 1)
        groups.append(actor)
        actorByID[id] = actor
        return id
    }

    /// Plural nouns for groups that act: protesters, forces, workers.
    static let agentNouns: Set<String> = RoleLexicon.groupNouns.filter { $0.hasSuffix("s") || ["police", "people", "military", "army", "opposition"].contains($0) }
        .subtracting(["sources", "media", "press", "sides", "reporters", "journalists", "hostages"])
        .union(["supporters", "fundamentalists", "islamists", "strikers", "inmates", "extremists", "nationalists", "loyalists", "mobs", "students"])

    /// Types whose act on a capital falls on its people, not its government: "shelled Juba", "threatened a
    /// curfew in Algiers".
    static let forceTypes: Set<String> = ["ASSAULT", "COERCE", "THREATEN"]

    /// Places whose people an act may be done to: "shelled Iraqi towns".
    static let settlementNouns: Set<String> = ["town", "towns", "village", "villages", "city", "cities"]

    /// Plural nouns for the body a side forms: "opposition groups", "opposition parties".
    static let collectiveNouns: Set<String> = ["groups", "parties", "movements", "factions", "members", "leaders", "activists"]

    static let numberWords: Set<String> = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several"]

    /// Nouns whose "of" phrase is who acts: counts ("thousands of protesters"), governments ("the government
    /// of Haiti"), members ("members of the council").
    static let ownerNouns: Set<String> = quantityWords.union([
        "member", "members", "leaders", "representatives", "delegates",
        "government", "regime", "administration", "cabinet", "junta", "leadership", "authorities",
    ])

    /// Words that count a group: "thousands of protesters".
    static let quantityWords: Set<String> = ["thousands", "hundreds", "dozens", "scores", "tens", "millions", "groups", "group", "number", "some",
                                             "many", "most", "crowds", "crowd", "band", "bands", "gang", "gangs"]

    func coordinated(from first: (range: Range<Int>, actor: String), limit: Int, in r: Range<Int>) -> [String] {
        var out = [first.actor]
        var i = first.range.upperBound
        while i < limit {
            let w = words[i]
            if w == "," || w == "and" || w == "(" || w == ")" || w == "'s" || w == "r" || w == "l" { i += 1; continue }
            if let e = index.entity(atToken: i) {
                let ty = doc.entities[e].type
                if let a = doc.entities[e].actor, ty != .title {
                    if !isModifier(index.tokenRanges[e], in: r), !out.contains(a) { out.append(a) }
                } else if ty != .title && ty != .nationality {
                    break
                }
                i = index.tokenRanges[e].upperBound
                continue
            }
            if ["president", "leader", "minister", "officials", "the", "his", "her", "their", "its"].contains(w) { i += 1; continue }
            break
        }
        return out
    }

    func objectActors(after start: Int, in r: Range<Int>, meeting: Bool = false) -> [String] {
        var i = start
        var out: [String] = []
        var sawMention = false
        var inPhrase = false
        while i < r.upperBound {
            let w = words[i]
            // "After Trump pulled out, North Korea replied": a comma before any object ends the clause
            if w == ",", !sawMention, !inPhrase { break }
            if [";", ".", "\"", ":"].contains(w) || (EventCoding.clauseWords.contains(w) && w != "that") { break }
            if w == "," && i + 1 < r.upperBound && words[i + 1].hasSuffix("ing") { break }
            if sawMention, w == "to" || w == "on" || w == "in" || w == "at" || w == "before" || w == "after" { break }
            if lexicon.isVerbForm(w) && !doc.tokens[i].isCapitalized && i > start && (words[i - 1] == "and" || words[i - 1] == ",") { break }
            if let e = index.entity(atToken: i) {
                let er = index.tokenRanges[e]
                // "meet in Luxembourg": where an act happens is no party to it
                if meeting, i > start, ["in", "at", "near"].contains(words[i - 1]), [.geopolitical, .location].contains(doc.entities[e].type) {
                    i = er.upperBound
                    continue
                }
                // "held talks at the Palais des Nations", "met at the White House": a building or body named after
                // "at" is the venue
                if meeting, i > start, words[i - 1] == "at" || i - 1 > start && words[i - 1] == "the" && words[i - 2] == "at" {
                    i = er.upperBound
                    continue
                }
                if let a = doc.entities[e].actor, doc.entities[e].type != .title, !isModifier(er, in: r) {
                    if !out.contains(a) { out.append(a) }
                    sawMention = true
                } else if ![.geopolitical, .location].contains(doc.entities[e].type) || (er.upperBound < r.upperBound && words[er.upperBound] == "'s") {
                    // "Seoul's top envoy, Park": a phrase that runs on past a comma to its name; a place
                    // ("arrived in Beijing on Friday, …") ends at the comma
                    inPhrase = true
                }
                i = er.upperBound
                continue
            }
            if sawMention && !(w == "and" || w == "," || w == "(" || w == ")") && !doc.tokens[i].isCapitalized { break }
            // "refused a demand from the US", "conceded to demands from UNITA": after a determiner, or in the plural
            // after a preposition, a request is the object's noun, not a verb of speech
            // "investigating alleged war crimes": a participle before its noun is an adjective
            if SpeechVerbs.forms.contains(w),
               !(i > start && EventCoding.proposalNouns.contains(w)
                 && (EventCoding.determiners.contains(words[i - 1]) || w.hasSuffix("s") && EventCoding.prepositions.contains(words[i - 1]))),
               !(w.hasSuffix("ed") && (i == start || EventCoding.determiners.contains(words[i - 1]) || EventCoding.prepositions.contains(words[i - 1]))
                 && i + 1 < r.upperBound
                 && doc.tokens[i + 1].isLowercaseWord && !["that", "to", "by", "on", "in"].contains(words[i + 1])) { break }
            i += 1
        }
        return out
    }

    /// The token after "from" or "by" in a request or offer that follows the trigger at `t`
    /// ("accepted demands from", "rejected a fresh offer by"): where its maker is named.
    func proposalSource(after t: Int, in r: Range<Int>) -> Int? {
        let end = min(r.upperBound - 1, t + 5)
        guard t + 1 < end, let noun = (t + 1..<end).first(where: { EventCoding.proposalNouns.contains(words[$0]) }),
              ["from", "by"].contains(words[noun + 1]),
              (t + 1..<noun).allSatisfy({ doc.tokens[$0].isLowercaseWord && !lexicon.isVerbForm(words[$0]) || EventCoding.determiners.contains(words[$0]) })
        else { return nil }
        return noun + 2
    }

    func agentActors(after start: Int, in r: Range<Int>) -> [String] {
        var i = start
        while i < min(r.upperBound, start + 4) {
            if words[i] == "by", i + 1 < r.upperBound { return objectActors(after: i + 1, in: r) }
            i += 1
        }
        return []
    }

    func recentPerson(before t: Int) -> String? { recentActor(before: t, kinds: [.person], skipPress: true) }

    func recentActor(before t: Int, kinds: Set<ActorKind>, skipPress: Bool = false, singular: Bool = false) -> String? {
        var i = t - 1
        let floor = max(0, t - 120)
        while i >= floor {
            if let m = mention(at: i), let a = actorByID[m.actor], kinds.contains(a.kind), !(skipPress && a.sector == "JRN"),
               !(singular && a.kind == .group && a.name.hasSuffix("s")) {
                return m.actor
            }
            i -= 1
        }
        return nil
    }

    static let meetingNouns: Set<String> = ["meeting", "meetings", "summit", "summits", "talks", "negotiations", "dialogue", "conference"]

    /// Whether the trigger takes a meeting as its object: "pulled out of the meeting", "hold the summit".
    func namesMeeting(_ trig: Range<Int>, in r: Range<Int>) -> Bool {
        if trig.contains(where: { EventCoding.meetingNouns.contains(words[$0]) }) { return true }
        var j = trig.upperBound
        while j < r.upperBound, EventCoding.determiners.contains(words[j]) { j += 1 }
        return j < r.upperBound && EventCoding.meetingNouns.contains(words[j])
    }

    /// The other participants of the meeting a trigger refers to ("pulled out of the meeting"):
    /// the latest CONSULT mention that includes one of the subject's actors.
    func referencedMeeting(before t: Int, excluding subject: [String]) -> [String]? {
        guard !subject.isEmpty else { return nil }
        for m in mentions.reversed() where m.entry.type == "CONSULT" {
            let all = m.source + m.target
            if subject.contains(where: all.contains) {
                let others = all.filter { !subject.contains($0) }
                if !others.isEmpty { return others }
            }
        }
        return nil
    }

    // MARK: - Nominal triggers

    mutating func nominal(_ entry: EventLexicon.Entry, _ trig: Range<Int>, sentence s: Int, range r: Range<Int>) -> EventMention? {
        let t = trig.lowerBound
        var participants: [String] = []
        // "the Trump-Kim summit", "the U.S.-Japan summit", "inter-Korean summit"
        if t - 1 >= r.lowerBound { participants = compoundParticipants(t - 1, in: r) }
        // "the summit between X and Y", "talks with X"
        if participants.count < 2, trig.upperBound < r.upperBound, ["between", "with", "among"].contains(words[trig.upperBound]) {
            let after = objectActors(after: trig.upperBound + 1, in: r)
            if words[trig.upperBound] == "with" {
                let owner = possessor(before: t, in: r) ?? subjectOfSentence(before: t, in: r)
                participants = (owner.map { [$0] } ?? []) + after
            } else {
                participants = after
            }
        }
        // "X's visit to Y"
        if participants.isEmpty, let owner = possessor(before: t, in: r) {
            participants = [owner] + objectActors(after: trig.upperBound, in: r)
        }
        // "their meeting": the people named before it in the sentence
        var referential = false
        var sides: (source: [String], target: [String])?
        var refStatus: EventStatus?
        if participants.count < 2, t - 1 >= r.lowerBound, words[t - 1] == "their" {
            participants = personsBefore(t, in: r)
        }
        // "X and Y planned a summit", "agreed to hold talks"; not "worked together to make the upcoming summits a success"
        if participants.count < 2 {
            let clause = clauseStart(before: t, in: r)
            let otherInfinitive = (clause.start..<max(clause.start, t - 1)).contains { j in
                words[j] == "to" && lexicon.isVerbForm(words[j + 1]) && !EventCoding.holdingVerbs.contains(words[j + 1])
            }
            let subject = otherInfinitive ? [] : subjectActors(clause: clause, before: t, in: r)
            if subject.count >= 2, !oneSide(subject) { participants = subject }
        }
        // "began a hunger strike", "staged rallies": the subject of a light verb holds the event alone
        if participants.isEmpty, entry.selfContained, (max(r.lowerBound, t - 4)..<t).contains(where: { EventCoding.lightVerbs.contains(words[$0]) }) {
            let clause = clauseStart(before: t, in: r)
            participants = subjectActors(clause: clause, before: t, in: r)
            if participants.isEmpty, let g = groupSubject(from: clause.start, before: t, in: r) { participants = [g] }
        }
        // "Italy announced a suspension of air links with Serbia": a light verb's subject acts on the noun's object
        if participants.isEmpty, !entry.selfContained, (max(r.lowerBound, t - 3)..<t).contains(where: { EventCoding.lightVerbs.contains(words[$0]) }) {
            let subject = subjectActors(clause: clauseStart(before: t, in: r), before: t, in: r)
            let object = objectActors(after: trig.upperBound, in: r).filter { !subject.contains($0) }
            if !subject.isEmpty, !object.isEmpty { participants = [subject[0]] + object }
        }
        // "Palestinian riots", "Kenyan strikes": the nationality before a noun event is who holds it
        if participants.isEmpty, entry.selfContained, t > r.lowerBound, let e = index.entity(atToken: t - 1), doc.entities[e].type == .nationality {
            let name = ActorBuilder.stripArticle(doc.entities[e].text)
            if let a = doc.entities[e].actor { participants = [a] } else if let code = Countries.code(forDemonym: name) {
                participants = [group(name, country: code, sector: nil)]
            }
        }
        if participants.count < (entry.selfContained ? 1 : 2) {
            // "the summit": the meeting mentioned before
            let candidates = mentions.filter { $0.entry.type == entry.type && $0.source.count + $0.target.count >= 2 }
            // the same noun, singular or plural ("the summit" … "the summits"), else an act of an earlier
            // sentence: the clause's own verb is not what its object noun refers to
            // ("discussed how to make the upcoming summits a success")
            let noun = Inflection.singular(words[t])
            let sameNoun = candidates.last { m in m.trigger.contains { Inflection.singular(words[$0]) == noun } }
            guard let ref = sameNoun ?? candidates.last(where: { $0.sentence < s }) else { return nil }
            participants = ref.source + ref.target
            sides = (ref.source, ref.target)
            refStatus = ref.status
            referential = true
        }
        guard participants.count >= (entry.selfContained ? 1 : 2) else { return nil }
        // "began a hunger strike to demand the resignation of President Ben Bella": whom the protest is against
        if entry.type == "PROTEST", participants.count == 1, sides == nil,
           let a = protestedAuthority(after: trig.upperBound, in: r), a != participants[0] { participants.append(a) }
        let lo = max(r.lowerBound, t - 4)
        var status: EventStatus = words[lo..<t].contains(where: EventCoding.plannedCues.contains) ? .planned : .occurred
        if words[max(r.lowerBound, t - 6)..<t].contains(where: { $0 == "may" || $0 == "might" || $0 == "if" || $0 == "could" }) { status = .hypothetical }
        let date = dateNear(trig, in: r, nominal: true)
        status = adjust(status, date: date)
        if date == nil, status == .occurred, referential { status = refStatus ?? status }
        return EventMention(entry: entry, trigger: trig, sentence: s, source: sides?.source ?? [participants[0]],
                            target: sides?.target ?? Array(participants.dropFirst()),
                            date: date, status: status, place: placeNear(trig, in: r, visitTarget: []), topics: Topics.find(in: words[r]),
                            referential: referential)
    }

    /// Actors named by a hyphenated compound before a noun: "Trump-Kim", "U.S.-Japan", "inter-Korean".
    func compoundParticipants(_ i: Int, in r: Range<Int>) -> [String] {
        let w = doc.tokens[i].text
        if w.lowercased() == "inter-korean" {
            return ["KOR", "PRK"].compactMap { code in doc.actors.first { $0.kind == .country && $0.country == code }?.id }
        }
        guard w.utf8.contains(45) else { return [] }
        var out: [String] = []
        for part in w.split(separator: "-") {
            let p = String(part)
            if let code = Countries.code(forName: p) ?? Countries.code(forDemonym: p),
               let a = doc.actors.first(where: { $0.kind == .country && $0.country == code }) ?? doc.actors.first(where: { $0.country == code && $0.kind != .person }) {
                out.append(a.id)
            } else if let a = personNamed(p) {
                out.append(a)
            }
        }
        return out.count >= 2 ? out : []
    }

    func personNamed(_ token: String) -> String? {
        let k = ActorDictionary.key(token)
        let hits = doc.actors.filter { $0.kind == .person && ActorDictionary.key($0.name).split(separator: " ").contains(Substring(k)) }
        return hits.max { $0.mentions < $1.mentions }?.id
    }

    func possessor(before t: Int, in r: Range<Int>) -> String? {
        var i = t - 1
        while i >= max(r.lowerBound, t - 4) {
            if words[i] == "'s", i - 1 >= r.lowerBound, let m = mention(at: i - 1) { return m.actor }
            i -= 1
        }
        return nil
    }

    func subjectOfSentence(before t: Int, in r: Range<Int>) -> String? {
        subjectActors(clause: (r.lowerBound, false), before: t, in: r).first
    }

    func personsBefore(_ t: Int, in r: Range<Int>) -> [String] {
        var out: [String] = []
        for i in r.lowerBound..<t {
            if let m = mention(at: i), m.range.lowerBound == i, actorByID[m.actor]?.kind == .person, !out.contains(m.actor) { out.append(m.actor) }
        }
        return out
    }

    // MARK: - Date and place

    /// The date expression nearest the trigger in its sentence (DATE or TIME with a calendar value).
    func dateNear(_ trig: Range<Int>, in r: Range<Int>, nominal: Bool = false) -> String? {
        guard !r.isEmpty else { return nil }
        let lo = doc.tokens[r.lowerBound].start, hi = doc.tokens[r.upperBound - 1].end
        let center = doc.tokens[trig.lowerBound].start
        var best: (Int, String)?
        for tm in doc.times where tm.start >= lo && tm.end <= hi && (tm.type == .date || tm.type == .time) {
            guard let v = tm.value, let first = v.first, first.isNumber else { continue }
            // a noun takes only the date that modifies it: "the planned June 12 summit", "talks on Monday"
            if nominal {
                let t0 = EntityIndex.firstToken(endingAfter: tm.start, doc.tokens)
                let before = t0 < trig.lowerBound && trig.lowerBound - t0 <= 4
                let after = t0 >= trig.upperBound && t0 - trig.upperBound <= 2 && ["on", "in", "of", "for", "this", "next", "last"].contains(words[t0 - 1])
                guard before || after else { continue }
            }
            // "from 2011 to 2014" is a span, not the event's date
            let before = tm.start > 0 ? doc.normalizedSlice(max(0, tm.start - 5), tm.start).lowercased() : ""
            if before.hasSuffix("from ") { continue }
            let t0 = EntityIndex.firstToken(endingAfter: tm.start, doc.tokens)
            let t1 = EntityIndex.firstToken(endingAfter: tm.end - 1, doc.tokens) + 1
            // "TOKYO, March 3, 2019 - …": the dateline dates the report, not what it tells
            if t0 < storyStart(r) { continue }
            // "violating a 1965 agreement": a date inside a noun phrase dates that noun, not the verb
            if !nominal, t0 > r.lowerBound, EventCoding.determiners.contains(words[t0 - 1]), t1 < r.upperBound, doc.tokens[t1].isLowercaseWord,
               !EventCoding.prepositions.contains(words[t1]) { continue }
            var distance = abs(tm.start - center)
            if tm.start < center && !nominal { distance += 20 }  // dates usually follow the verb
            let value = tm.type == .time ? String(v.prefix(10)) : v
            if best == nil || distance < best!.0 { best = (distance, value) }
        }
        return best?.1
    }

    /// The place the event happened: "in/at PLACE" near the trigger, or where a visit went.
    func placeNear(_ trig: Range<Int>, in r: Range<Int>, visitTarget: [String]) -> String? {
        for p in doc.places where !p.metonym {
            let t = EntityIndex.firstToken(endingAfter: p.start, doc.tokens)
            guard r.contains(t) else { continue }
            let prep = t > r.lowerBound ? words[t - 1] : ""
            if (prep == "in" || prep == "at") && t >= trig.upperBound && t - trig.upperBound <= 8 { return p.id }
            if prep == "into" || prep == "to", !visitTarget.isEmpty, t >= trig.upperBound { return p.id }
        }
        return nil
    }

    /// A face-to-face meeting with no place of its own, held with "Seoul's foreign minister" by a visitor from
    /// another country, took place in the host's capital: the capital named as the host's possessive after the verb.
    func hostCapital(_ entry: EventLexicon.Entry, _ trig: Range<Int>, in r: Range<Int>, visitors: [String]) -> String? {
        guard entry.type == "CONSULT", entry.mode == nil, entry.symmetric else { return nil }
        let visiting = countries(visitors)
        for p in doc.places where p.metonym && p.kind == "city" {
            let t = EntityIndex.firstToken(endingAfter: p.start, doc.tokens)
            let after = EntityIndex.firstToken(endingAfter: p.end, doc.tokens)
            guard r.contains(t), t >= trig.upperBound, t - trig.upperBound <= 4, after < r.upperBound,
                  words[after] == "'s" || words[after] == "'" else { continue }
            if let c = p.country, !visiting.isEmpty, !visiting.contains(c) { return p.id }
        }
        return nil
    }

    /// The country actors of the capitals or countries a visit goes to ("arrived in Amman", "will visit Seoul and
    /// Tokyo"), when not the visitors' own; made for the document when no mention named the country. Another city
    /// ("arrived in Geneva for talks") says nothing about whom the visit is to.
    mutating func visitedCountries(after trig: Range<Int>, in r: Range<Int>, visitors: [String]) -> [String] {
        let visiting = countries(visitors)
        var out: [String] = []
        var next = trig.upperBound  // where the next place of the list may start
        for p in doc.places {
            let t = EntityIndex.firstToken(endingAfter: p.start, doc.tokens)
            guard r.contains(t), t >= trig.upperBound else { continue }
            guard t <= next + 2, (next..<t).allSatisfy({ ["in", "to", "and", ",", "the"].contains(words[$0]) }) else { break }
            next = EntityIndex.firstToken(endingAfter: p.end - 1, doc.tokens) + 1
            guard let code = p.country, !visiting.contains(code),
                  p.kind == "country" || p.kind == "city" && Countries.code(forCapital: p.text) == code else { continue }
            let id = countryActor(code, name: p.name)
            if !out.contains(id) { out.append(id) }
        }
        return out
    }

    /// The country of the first nationality or place among the few words after a verb, before its clause ends:
    /// "an Australian ultimatum", "Iraqi towns", "the southern regional capital Juba", "a curfew in Algiers".
    func objectCountry(after start: Int, in r: Range<Int>) -> (code: String, capital: String?)? {
        var i = start
        while i < min(r.upperBound, start + 7) {
            let w = words[i]
            if [",", ";", ".", ":", "\"", "(", "--"].contains(w) || EventCoding.clauseWords.contains(w) || SpeechVerbs.forms.contains(w) { return nil }
            if i > start, doc.tokens[i].isLowercaseWord, lexicon.isVerbForm(w), !EventCoding.prepositions.contains(words[i - 1]) { return nil }
            if let e = index.entity(atToken: i) {
                let entity = doc.entities[e]
                if entity.type == .nationality { return Countries.code(forDemonym: entity.text).map { ($0, nil) } }
                // a country, a capital or a region of one: a town says where, not whom
                if [.geopolitical, .location].contains(entity.type), let p = place(of: e), !p.metonym, let code = p.country {
                    if p.kind == "country" || p.kind == "region" { return (code, nil) }
                    if Countries.code(forCapital: p.text) == code { return (code, p.text) }
                }
                return nil
            }
            i += 1
        }
        return nil
    }

    /// A town, village or city right after a verb, as its object: its people, civilians of the country the
    /// phrase names ("a strategic village in Western Cambodia", "Iraqi towns", "the town of Gorazde").
    /// Nothing when no country is named.
    mutating func settlementObject(after start: Int, in r: Range<Int>) -> String? {
        var i = start
        var country: String?
        var phrase: [String] = []
        while i < min(r.upperBound, start + 5) {
            let w = words[i]
            if EventCoding.settlementNouns.contains(w) {
                phrase.append(w)
                if country == nil, i + 2 < r.upperBound, ["of", "in", "near"].contains(words[i + 1]) {
                    var j = i + 2
                    if words[j] == "the" { j += 1 }
                    if j < r.upperBound, ActorBuilder.compassWords.contains(words[j]) { j += 1 }
                    if let e = index.entity(atToken: j), [.geopolitical, .location].contains(doc.entities[e].type),
                       let code = place(of: e)?.country ?? Countries.code(forName: doc.entities[e].text) {
                        country = code
                        phrase += (i + 1..<index.tokenRanges[e].upperBound).map { doc.tokens[$0].text }
                    }
                }
                guard let country else { return nil }
                return group(phrase.joined(separator: " "), country: country, sector: "CVL")
            }
            if let e = index.entity(atToken: i), doc.entities[e].type == .nationality, let code = Countries.code(forDemonym: doc.entities[e].text) {
                country = code
                phrase.append(doc.entities[e].text)
                i = index.tokenRanges[e].upperBound
                continue
            }
            guard isObjectModifier(i) else { return nil }
            if !EventCoding.determiners.contains(w) { phrase.append(w) }
            i += 1
        }
        return nil
    }

    /// A nationality opening the object's noun phrase, with no actor of its own ("an Indian proposal", "proposed
    /// Israeli changes", "to French mediation"): that country's actor.
    mutating func nationalityObject(after start: Int, in r: Range<Int>) -> String? {
        var i = start
        if i < r.upperBound, ["to", "against", "over"].contains(words[i]) { i += 1 }
        while i < min(r.upperBound, start + 5) {
            if let e = index.entity(atToken: i) {
                let end = index.tokenRanges[e].upperBound
                guard doc.entities[e].type == .nationality, doc.entities[e].actor == nil, end < r.upperBound,
                      doc.tokens[end].isLowercaseWord, !lexicon.isVerbForm(words[end]) || words[end].hasSuffix("s"),
                      let code = Countries.code(forDemonym: doc.entities[e].text) else { return nil }
                return countryActor(code, name: code)
            }
            guard isObjectModifier(i) else { return nil }
            i += 1
        }
        return nil
    }

    /// Whether a word may open or qualify an object's noun phrase before its head: a determiner or a lower-case
    /// word that is no verb, preposition or clause word; a participle serves as an adjective ("the besieged
    /// town", "proposed Israeli changes").
    func isObjectModifier(_ i: Int) -> Bool {
        let w = words[i]
        return doc.tokens[i].isLowercaseWord && (EventCoding.determiners.contains(w) || w.hasSuffix("ed") || !lexicon.isVerbForm(w))
            && !EventCoding.prepositions.contains(w) && !EventCoding.clauseWords.contains(w) && w != "and"
    }

    /// The geocoded place an entity names, if any.
    func place(of entity: Int) -> Place? {
        guard let id = doc.entities[entity].place else { return nil }
        return doc.places.first { $0.id == id }
    }

    /// An unnamed group right after a verb, as its object: "detained 12 demonstrators", "wounded dozens of
    /// protesters". A definite phrase ("the protesters") points back at a group named before and makes none.
    mutating func groupObject(after start: Int, in r: Range<Int>) -> String? {
        var i = start
        var modifiers: [Int] = []
        var country: String?
        while i < min(r.upperBound, start + 6) {
            let w = words[i]
            if EventCoding.agentNouns.contains(w) {
                let name = (modifiers + [i]).map { words[$0] }.joined(separator: " ")
                return group(name, country: country, sector: RoleLexicon.sectorByWord[w])
            }
            if doc.tokens[i].kind == .number || EventCoding.numberWords.contains(w) || EventCoding.quantityWords.contains(w)
                || ["of", "more", "than", "at", "least", "about", "nearly", "over", "up", "to", "a", "an"].contains(w) {
                modifiers = []
            } else if let e = index.entity(atToken: i), doc.entities[e].type == .nationality, doc.entities[e].actor == nil {
                country = Countries.code(forDemonym: doc.entities[e].text)
                i = index.tokenRanges[e].upperBound
                continue
            } else if doc.tokens[i].isLowercaseWord, !lexicon.isVerbForm(w), !EventCoding.prepositions.contains(w),
                      !EventCoding.determiners.contains(w), !EventCoding.clauseWords.contains(w), w != "and" {
                modifiers.append(i)
                if modifiers.count > 2 { return nil }
            } else {
                return nil
            }
            i += 1
        }
        return nil
    }

    // MARK: - Merging mentions of one event

    /// Whether actors are one side only: "U.S. President Joe Biden", "the Chinese foreign ministry spokesman Wang" —
    /// a country and its own people hold no meeting with each other.
    func oneSide(_ ids: [String]) -> Bool {
        let known = ids.compactMap { actorByID[$0]?.country }
        return known.count == ids.count && Set(known).count == 1
    }

    func countries(_ ids: [String]) -> Set<String> { Set(ids.compactMap { actorByID[$0]?.country }) }
    func persons(_ ids: [String]) -> Set<String> { Set(ids.filter { actorByID[$0]?.kind == .person }) }

    func sidesAgree(_ a: [String], _ b: [String]) -> Bool {
        if a.isEmpty || b.isEmpty { return true }
        if !Set(a).isDisjoint(with: b) { return true }
        let pa = persons(a), pb = persons(b)
        if !pa.isEmpty && !pb.isEmpty { return false }
        return !countries(a).isDisjoint(with: countries(b))
    }

    func sameEvent(_ e: EventMention, _ m: EventMention) -> Bool {
        guard e.entry.type == m.entry.type else { return false }
        if let a = e.entry.mode, let b = m.entry.mode, a != b { return false }
        let statusOK = e.status == m.status || (Set([e.status, m.status]) == [.planned, .hypothetical])
        guard statusOK else { return false }
        if let a = e.date, let b = m.date, a != b { return false }
        let straight = sidesAgree(e.source, m.source) && sidesAgree(e.target, m.target)
        let crossed = (e.entry.symmetric || m.entry.symmetric) && sidesAgree(e.source, m.target) && sidesAgree(e.target, m.source)
        guard straight || crossed else { return false }
        // at least one actor or, failing that, a country in common on some side
        let ea = Set(e.source + e.target), ma = Set(m.source + m.target)
        return !ea.isDisjoint(with: ma) || !countries(Array(ea)).isDisjoint(with: countries(Array(ma)))
    }

    func merge() -> [Event] {
        var groups: [[EventMention]] = []
        for m in mentions {
            // "After Trump pulled out": the same verb and source, no object of its own, is the earlier event again
            if m.target.isEmpty, let g = groups.lastIndex(where: { g in
                let f = g[0]
                return Set(f.source) == Set(m.source) && words[f.trigger.lowerBound] == words[m.trigger.lowerBound] && f.trigger.count > m.trigger.count
            }) {
                groups[g].append(m)
                continue
            }
            // "began a hunger strike to protest Sweden's decision": a protest's purpose, told by the same side
            // in the same sentence, is that protest, and says whom it is against
            if m.entry.type == "PROTEST", m.trigger.lowerBound > 0, words[m.trigger.lowerBound - 1] == "to", !m.source.isEmpty,
               let g = groups.lastIndex(where: { g in
                   let f = g[0]
                   return f.entry.type == "PROTEST" && f.sentence == m.sentence && f.trigger.upperBound <= m.trigger.lowerBound
                       && Set(m.source).isSubset(of: f.source)
               }) {
                groups[g].append(m)
                continue
            }
            if let g = groups.lastIndex(where: { sameEvent(merged($0), m) }) {
                groups[g].append(m)
            } else {
                groups.append([m])
            }
        }
        var events: [Event] = []
        for g in groups {
            let m = merged(g)
            let first = g.first { !$0.referential } ?? g[0]
            let span = { (t: Range<Int>) -> Span in
                let a = doc.tokens[t.lowerBound].start, b = doc.tokens[t.upperBound - 1].end
                return Span(text: doc.slice(a, b), start: a, end: b)
            }
            let named = m.source.contains { actorByID[$0]?.kind == .person } && m.target.contains { actorByID[$0]?.kind == .person }
            var confidence = 0.5 + (named ? 0.15 : 0) + (m.date != nil ? 0.1 : 0) + 0.05 * Double(g.count - 1)
            confidence = min(0.95, confidence)
            events.append(Event(
                id: "e\(events.count + 1)", type: m.entry.type, mode: m.entry.mode, cameo: m.entry.cameo, quad: m.entry.quad,
                source: m.source, target: m.target, date: m.date, status: m.status, place: m.place, topics: m.topics,
                trigger: span(first.trigger), sentence: first.sentence, confidence: confidence.rounded(to: 2),
                evidence: g.filter { $0.trigger != first.trigger }.map { span($0.trigger) }))
        }
        return events
    }

    /// One mention standing for a group: the first non-referential mention, with the others' actors,
    /// date, place and topics added.
    func merged(_ g: [EventMention]) -> EventMention {
        var m = g.first { !$0.referential } ?? g[0]
        for o in g where o.trigger != m.trigger {
            let crossed = !Set(o.source).isDisjoint(with: m.target) || !Set(o.target).isDisjoint(with: m.source)
            let (s, t) = crossed ? (o.target, o.source) : (o.source, o.target)
            for a in s where !m.source.contains(a) && !m.target.contains(a) { m.source.append(a) }
            for a in t where !m.source.contains(a) && !m.target.contains(a) { m.target.append(a) }
            if m.date == nil { m.date = o.date }
            if m.place == nil { m.place = o.place }
            if o.status == .planned && m.status == .hypothetical { m.status = .planned }
            for tp in o.topics where !m.topics.contains(tp) { m.topics.append(tp) }
        }
        return m
    }
}

extension Double {
    func rounded(to places: Int) -> Double {
        var m = 1.0
        for _ in 0..<places { m *= 10 }
        return (self * m).rounded() / m
    }
}
