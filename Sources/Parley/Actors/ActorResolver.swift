/// Builds one actor per real-world entity and links every mention to it.
///
/// Persons: a full name makes an actor; a later single name ("Merkel",
/// "Kim") goes to the most recently mentioned person who bears it — East-Asian
/// family names come first ("Kim Jong Un"), Western ones last ("Philip Kim"), and
/// either may match, so recency decides between namesakes; reporters and
/// photographers are not chosen for a bare surname while anyone else fits.
/// Countries, and capitals acting for their governments ("Pyongyang
/// released…", "Seoul's minister"), are actors of kind country. Country and
/// sector come from the dictionary of well-known actors, then from titles
/// ("Seoul's Foreign Affairs Minister", "his Japanese counterpart"), then from
/// the organisation a person belongs to, then from the nearest country cue.
public struct ActorResolver: Stage {
    public let name = "actors"
    let dictionary: ActorDictionary

    public init(dictionary: ActorDictionary = .shared) {
        self.dictionary = dictionary
    }

    public func process(_ doc: inout Document) {
        var b = ActorBuilder(doc: doc, dictionary: dictionary)
        b.build()
        doc.entities = b.entities
        doc.actors = b.actors
    }
}

/// The working state of ``ActorResolver`` for one document.
struct ActorBuilder {
    let doc: Document
    let dictionary: ActorDictionary
    let index: EntityIndex
    let date: CalendarDate?
    var entities: [Entity]
    var actors: [Actor] = []
    /// For each actor, the token index of its latest mention (recency).
    var lastMention: [Int] = []
    /// Name tokens (folded) of each person actor.
    var nameTokens: [[String]] = []
    /// Each actor's name as ``ActorDictionary/key(_:)`` folds it, and its tokens run together, worked out
    /// once: the comparisons below run them against every actor for every mention.
    var nameKeys: [String] = []
    var joinedTokens: [String] = []
    /// Which actors got their country and sector from the dictionary (never overridden).
    var fromDictionary: Set<Int> = []
    var countryActor: [String: Int] = [:]
    var groupActor: [String: Int] = [:]
    var orgByKey: [String: Int] = [:]
    /// The country each title entity names (``findCountryInTitle(_:)``), worked out once per document.
    var titleCountries: [Int: String] = [:]
    /// The words of the document's full person names (two words or more), and those names' keys: a bare
    /// "Correa" in an article about Krystal Correa is she, not the dictionary's Rafael Correa. Worked out on the
    /// first bare surname the dictionary knows.
    var fullNames: (words: Set<String>, keys: Set<String>)?

    init(doc: Document, dictionary: ActorDictionary) {
        self.doc = doc
        self.dictionary = dictionary
        self.index = EntityIndex(doc)
        self.date = doc.info.published.flatMap { CalendarDate(iso: $0) }
        self.entities = doc.entities
    }

    /// Whether the dictionary's person `e` may stand for the bare name `word`: not when the document names
    /// someone else bearing that word in full.
    mutating func bareNameMayBe(_ e: ActorDictionary.Entry, _ word: String) -> Bool {
        if fullNames == nil {
            let full = doc.entities.filter { $0.type == .person }.map { ActorBuilder.fold($0.text) }.filter { $0.count >= 2 }
            fullNames = (Set(full.joined()), Set(full.map { $0.joined(separator: " ") }))
        }
        guard let fullNames else { return true }
        return !fullNames.words.contains(word) || fullNames.keys.contains(ActorDictionary.key(e.name))
    }

    // MARK: - Tokens

    func lower(_ t: Int) -> String { t >= 0 && t < doc.tokens.count ? doc.tokens[t].lower : "" }
    func text(_ t: Int) -> String { t >= 0 && t < doc.tokens.count ? doc.tokens[t].text : "" }
    func sentence(ofToken t: Int) -> Int { doc.sentenceIndex(containing: doc.tokens[t].start) ?? 0 }
    func sentenceRange(ofToken t: Int) -> Range<Int> {
        let s = sentence(ofToken: t)
        return s < doc.sentences.count ? doc.sentences[s].tokenRange : t..<(t + 1)
    }
    func entityText(_ k: Int) -> String {
        index.tokenRanges[k].map { doc.tokens[$0].text }.joined(separator: " ")
    }

    // MARK: - Build

    mutating func build() {
        let order = entities.indices.sorted { entities[$0].start < entities[$1].start }
        for k in entities.indices where entities[k].type == .title {
            if let c = findCountryInTitle(k) { titleCountries[k] = c }
        }
        for k in order {
            let r = index.tokenRanges[k]
            guard !r.isEmpty else { continue }
            switch entities[k].type {
            case .person: linkPerson(k)
            case .organization: linkOrganization(k)
            case .geopolitical, .location: linkPlace(k)
            case .nationality: linkNationality(k)
            case .miscellaneous:
                // "the Taliban religious faction": a group the dictionary knows, whatever type the tagger gave it
                if let e = dictionary.lookup(entities[k].text, on: date), e.kind == .organization {
                    linkOrganization(k)
                } else if let code = Countries.code(leading: entities[k].text) {
                    // "the Saudi-led coalition": the group the country leads
                    linkNationality(k, code: code)
                } else {
                    linkAdministration(k)
                }
            default: break
            }
        }
        absorbSingleNames()
        for k in order where entities[k].type == .person { describePerson(k) }
        for k in order where entities[k].type == .person { inheritFromContext(k) }
        var mentions: [String: Int] = [:]
        for e in entities { if let a = e.actor { mentions[a, default: 0] += 1 } }
        for i in actors.indices { actors[i].mentions = mentions[actors[i].id] ?? 0 }
        // drop actors no mention points at any more (single names absorbed into full ones)
        let used = Set(entities.compactMap(\.actor))
        actors.removeAll { !used.contains($0.id) }
    }

    mutating func newActor(_ name: String, kind: ActorKind, at token: Int) -> Int {
        let id = "a\(actors.count + 1)"
        actors.append(Actor(id: id, name: name, kind: kind))
        lastMention.append(token)
        let key = ActorDictionary.key(name)
        let tokens = key.split(separator: " ").map(String.init)
        nameKeys.append(key)
        nameTokens.append(tokens)
        joinedTokens.append(tokens.joined())
        return actors.count - 1
    }

    mutating func link(_ k: Int, to a: Int) {
        entities[k].actor = actors[a].id
        lastMention[a] = max(lastMention[a], index.tokenRanges[k].lowerBound)
    }

    static func fold(_ name: String) -> [String] {
        ActorDictionary.key(name).split(separator: " ").map(String.init)
    }

    // MARK: - Persons

    mutating func linkPerson(_ k: Int) {
        let name = entities[k].text
        let toks = ActorBuilder.fold(name)
        guard !toks.isEmpty else { return }
        let at = index.tokenRanges[k].lowerBound
        // the dictionary's entry for the name, looked up at most once
        var looked = false
        var found: ActorDictionary.Entry?
        func entry() -> ActorDictionary.Entry? {
            if !looked { found = dictionary.lookup(name, on: date); looked = true }
            return found
        }
        if toks.count >= 2 {
            // the same full name, or one inside the other ("Donald Trump" / "Donald J. Trump" by dictionary)
            let joined = toks.joined()
            if let a = actors.indices.first(where: { actors[$0].kind == .person && joinedTokens[$0] == joined }) {
                link(k, to: a); return
            }
            if let e = entry(), e.kind == .person {
                let key = ActorDictionary.key(e.name)
                if let a = actors.indices.first(where: { actors[$0].kind == .person && nameKeys[$0] == key }) {
                    link(k, to: a); return
                }
            }
            if let a = actors.indices.first(where: { actors[$0].kind == .person && nameTokens[$0].count >= 2 && ActorBuilder.contains(nameTokens[$0], toks) }) {
                link(k, to: a); return
            }
            let a = newActor(name, kind: .person, at: at)
            if let e = entry(), e.kind == .person { applyDictionary(e, to: a) }
            link(k, to: a)
            return
        }
        if let a = bestNamesake(toks[0], before: at) { link(k, to: a); return }
        if let e = entry(), e.kind == .person, bareNameMayBe(e, toks[0]) {
            if let a = actors.indices.first(where: { actors[$0].name == e.name }) { link(k, to: a); return }
            let a = newActor(e.name, kind: .person, at: at)
            applyDictionary(e, to: a)
            link(k, to: a)
            return
        }
        let a = newActor(name, kind: .person, at: at)
        link(k, to: a)
    }

    /// The person a bare name most likely means: one who bears it, most recently mentioned,
    /// reporters and photographers last.
    func bestNamesake(_ token: String, before at: Int) -> Int? {
        let candidates = actors.indices.filter { actors[$0].kind == .person && nameTokens[$0].count >= 2 && nameTokens[$0].contains(token) }
        guard !candidates.isEmpty else { return nil }
        let nonPress = candidates.filter { actors[$0].sector != "JRN" }
        let pool = nonPress.isEmpty ? candidates : nonPress
        return pool.max { lastMention[$0] < lastMention[$1] }
    }

    static func contains(_ whole: [String], _ part: [String]) -> Bool {
        guard part.count <= whole.count else { return false }
        for i in 0...(whole.count - part.count) where Array(whole[i..<(i + part.count)]) == part { return true }
        return false
    }

    /// A single-name actor made before the full name appeared is folded into it when only one fits.
    mutating func absorbSingleNames() {
        for a in actors.indices where actors[a].kind == .person && nameTokens[a].count == 1 {
            let t = nameTokens[a][0]
            let fits = actors.indices.filter { $0 != a && actors[$0].kind == .person && nameTokens[$0].count >= 2 && nameTokens[$0].contains(t) }
            guard fits.count == 1, let target = fits.first else { continue }
            for k in entities.indices where entities[k].actor == actors[a].id { entities[k].actor = actors[target].id }
        }
    }

    mutating func applyDictionary(_ e: ActorDictionary.Entry, to a: Int) {
        if e.country != nil { actors[a].country = e.country }
        if e.sector != nil { actors[a].sector = e.sector }
        // a role is a title of its time: a row that does not hold on the article's date lends no role
        if let r = e.role, date.map({ e.holds(on: $0) }) ?? true, !actors[a].roles.contains(r) { actors[a].roles.append(r) }
        fromDictionary.insert(a)
    }

    /// Whether a word for a past office stands just before a title, a party or nationality word between
    /// ("Ousted President", "Former Socialist prime minister", "the deposed president").
    func formerBefore(title t: Int, in sent: Range<Int>) -> Bool {
        var p = index.tokenRanges[t].lowerBound - 1
        if p > sent.lowerBound, doc.tokens[p].isCapitalized, !RoleLexicon.formerWords.contains(lower(p)) { p -= 1 }
        return p >= sent.lowerBound && RoleLexicon.formerWords.contains(lower(p))
    }

    func actorIndex(_ k: Int) -> Int? {
        guard let id = entities[k].actor else { return nil }
        return actors.firstIndex { $0.id == id }
    }

    /// Country, sector and roles from the words around one person mention.
    mutating func describePerson(_ k: Int) {
        guard let a = actorIndex(k) else { return }
        let r = index.tokenRanges[k]
        let sent = sentenceRange(ofToken: r.lowerBound)
        var titles: [Int] = []
        // a title right before the name, or before it with a comma between ("…Affairs, Ana Ruiz")
        var p = r.lowerBound - 1
        if p >= sent.lowerBound, lower(p) == "," { p -= 1 }
        if p >= sent.lowerBound, let t = index.entity(atToken: p), entities[t].type == .title { titles.append(t) }
        // a title after it: "Ana Ruiz, a trade expert on …", "Park Min-ho, the top envoy"
        var q = r.upperBound
        if q < sent.upperBound, lower(q) == "," {
            q += 1
            if q < sent.upperBound, ["a", "an", "the"].contains(lower(q)) { q += 1 }
            if q < sent.upperBound, let t = index.entity(atToken: q), entities[t].type == .title { titles.append(t) }
        }
        // "X was a T"
        if r.upperBound + 2 < sent.upperBound, ["was", "is", "became"].contains(lower(r.upperBound)) {
            var j = r.upperBound + 1
            if ["a", "an", "the"].contains(lower(j)) { j += 1 }
            if let t = index.entity(atToken: j), entities[t].type == .title { titles.append(t) }
        }
        for t in titles {
            let role = entities[t].text
            if !actors[a].roles.contains(role) { actors[a].roles.append(role) }
            // "Former Prime Minister X", "ousted President X": no longer in office, whatever the dictionary's row
            if RoleLexicon.sector(for: role) == "ELI" || formerBefore(title: t, in: sent) { actors[a].sector = "ELI" }
            guard !fromDictionary.contains(a) else { continue }
            if actors[a].sector == nil {
                if role.lowercased().hasSuffix("counterpart") {
                    actors[a].sector = counterpartSector(before: index.tokenRanges[t].lowerBound, in: sent) ?? "GOV"
                } else {
                    actors[a].sector = RoleLexicon.sector(for: role)
                }
            }
            if actors[a].country == nil { actors[a].country = countryInTitle(t) ?? countryBefore(index.tokenRanges[t].lowerBound, in: sent) }
        }
        guard !fromDictionary.contains(a) else { return }
        // "President Ana Ruiz of Chile", "King Hassan of Morocco"
        if actors[a].country == nil, let c = countryOf(after: r.upperBound, in: sent) { actors[a].country = c }
        // a lower-case role word right before the name: "leader Kim", "reporter Ana Ruiz"
        if titles.isEmpty, r.lowerBound - 1 >= sent.lowerBound, let s = RoleLexicon.sectorByWord[lower(r.lowerBound - 1)] {
            if actors[a].sector == nil { actors[a].sector = s }
            if actors[a].country == nil { actors[a].country = countryBefore(r.lowerBound - 1, in: sent) }
        }
        // press sign-offs and photo credits: "Ana Ruiz, Example News." / "(Ana Ruiz/Example Images)"
        if let org = pressOrganization(after: r.upperBound, in: sent), let o = actorIndex(org) {
            actors[a].sector = "JRN"
            if actors[a].country == nil { actors[a].country = actors[o].country }
        }
        // membership: "X, a … on the National Security Council", "X of the Foreign Ministry"
        if actors[a].sector == nil || actors[a].country == nil, let o = organizationNear(after: r.upperBound, in: sent), let oa = actorIndex(o) {
            if actors[a].sector == nil { actors[a].sector = actors[oa].sector }
            if actors[a].country == nil { actors[a].country = actors[oa].country }
        }
        if actors[a].country == nil, titles.isEmpty == false || actors[a].sector != nil {
            actors[a].country = countryBefore(r.lowerBound, in: sent)
        }
    }

    /// The sectors of bodies above countries: the UN, the EU, other intergovernmental bodies, NGOs.
    static let internationalSectors: Set<String> = ["UNO", "EUR", "IGO", "NGO"]

    /// Actors still without a country take the nearest cue before their first mention.
    mutating func inheritFromContext(_ k: Int) {
        guard let a = actorIndex(k), actors[a].country == nil else { return }
        // an official of an international body ("Kofi Annan, UN secretary-general") speaks for no country
        if let sector = actors[a].sector, ActorBuilder.internationalSectors.contains(sector) { return }
        let r = index.tokenRanges[k]
        actors[a].country = countryBefore(r.lowerBound, in: sentenceRange(ofToken: r.lowerBound))
    }

    /// The sector of the person a "counterpart" is counterpart to: the nearest person before it.
    func counterpartSector(before t: Int, in sent: Range<Int>) -> String? {
        var i = t - 1
        while i >= sent.lowerBound {
            if let e = index.entity(atToken: i), entities[e].type == .person, let a = actorIndex(e) {
                return actors[a].sector ?? "GOV"
            }
            i -= 1
        }
        return nil
    }

    /// A country named inside a title entity, unless it is where the holder is posted ("ambassador to Japan").
    func countryInTitle(_ t: Int) -> String? { titleCountries[t] }

    func findCountryInTitle(_ t: Int) -> String? {
        let r = index.tokenRanges[t]
        var i = r.lowerBound
        while i < r.upperBound {
            if i > r.lowerBound, RoleLexicon.postingPrepositions.contains(lower(i - 1)) { i += 1; continue }
            for len in stride(from: 3, through: 1, by: -1) where i + len <= r.upperBound {
                let phrase = (i..<(i + len)).map { doc.tokens[$0].text }.joined(separator: " ")
                if let c = Countries.code(forName: phrase) ?? Countries.code(forDemonym: phrase) ?? possessiveCapital(phrase, at: i + len) {
                    return c
                }
            }
            i += 1
        }
        return nil
    }

    func possessiveCapital(_ phrase: String, at next: Int) -> String? {
        lower(next) == "'s" ? Countries.code(forCapital: phrase) : nil
    }

    /// The nearest country cue before a token in its sentence: a country or capital with "'s",
    /// a nationality word, a country name not after a posting preposition, or "the regime's".
    func countryBefore(_ t: Int, in sent: Range<Int>) -> String? {
        var i = t - 1
        // only titles lie between the token and the scan ("European Union envoy Helga Schmid")
        var adjacent = true
        while i >= sent.lowerBound {
            // what a quotation says is no cue for who says it: "“…decouple from China,” Jake Sullivan said"
            if ["\"", "\u{201D}", "\u{201C}", "''", "``"].contains(doc.tokens[i].text) { return nil }
            if let e = index.entity(atToken: i) {
                let ent = entities[e]
                let er = index.tokenRanges[e]
                let afterPosting = er.lowerBound > sent.lowerBound && RoleLexicon.postingPrepositions.contains(lower(er.lowerBound - 1))
                switch ent.type {
                case .nationality:
                    if let c = Countries.code(forDemonym: ent.text) { return c }
                case .geopolitical:
                    // "President Ana Ruiz of Chile met Omar Haddad": that country is the person's before it
                    if er.lowerBound - 2 >= sent.lowerBound, lower(er.lowerBound - 1) == "of",
                       let pe = index.entity(atToken: er.lowerBound - 2), entities[pe].type == .person { break }
                    let possessive = lower(er.upperBound) == "'s"
                    if possessive, let c = Countries.code(forName: ent.text) ?? Countries.code(forCapital: ent.text) { return c }
                    if !afterPosting, let c = Countries.code(forName: ent.text) { return c }
                case .title:
                    if let c = countryInTitle(e) { return c }
                case .organization:
                    // an international body's envoy or official: no country named before it is theirs
                    if adjacent, let o = actorIndex(e), fromDictionary.contains(o), actors[o].country == nil { return nil }
                default: break
                }
                if ent.type != .title { adjacent = false }
                i = er.lowerBound - 1
                continue
            }
            adjacent = false
            if ["regime", "government", "country", "nation"].contains(lower(i)), lower(i + 1) == "'s" {
                return countryMentionedBefore(i)
            }
            i -= 1
        }
        return nil
    }

    /// The country named right after a person as "of Country": "President Ana Ruiz of Chile".
    func countryOf(after t: Int, in sent: Range<Int>) -> String? {
        guard t + 1 < sent.upperBound, lower(t) == "of", let e = index.entity(atToken: t + 1), entities[e].type == .geopolitical,
              index.tokenRanges[e].lowerBound == t + 1 else { return nil }
        return Countries.code(forName: entities[e].text)
    }

    /// The last country or capital named before a token, in this or the previous two sentences.
    func countryMentionedBefore(_ t: Int) -> String? {
        let s = sentence(ofToken: t)
        let floor = doc.sentences[max(0, s - 2)].tokenRange.lowerBound
        var i = t - 1
        while i >= floor {
            if let e = index.entity(atToken: i), entities[e].type == .geopolitical,
               let c = Countries.code(forName: entities[e].text) ?? Countries.code(forCapital: entities[e].text) {
                return c
            }
            i -= 1
        }
        return nil
    }

    /// A news organisation right after a name: "Name, Outlet." at a sentence end, or "(Name/Outlet)".
    func pressOrganization(after t: Int, in sent: Range<Int>) -> Int? {
        guard t < sent.upperBound, lower(t) == "," || lower(t) == "/" else { return nil }
        guard let e = index.entity(atToken: t + 1), entities[e].type == .organization, let a = actorIndex(e),
              actors[a].sector == "JRN" else { return nil }
        let end = index.tokenRanges[e].upperBound
        let closing = end >= sent.upperBound || [".", ")", "\""].contains(lower(end))
        return closing ? e : nil
    }

    /// An organisation a person belongs to, named soon after the name in the same clause.
    func organizationNear(after t: Int, in sent: Range<Int>) -> Int? {
        // membership is told by an apposition, a preposition or a byline ("David Eggert Associated Press"),
        // never by a clause ("Lynch agreed to an interview for The Washington Post" makes her no journalist)
        guard t < sent.upperBound, [",", "of", "from", "at", "with", "("].contains(lower(t))
                || index.entity(atToken: t).map({ entities[$0].type == .organization }) == true else { return nil }
        var i = t
        let limit = min(sent.upperBound, t + 12)
        while i < limit {
            if let e = index.entity(atToken: i) {
                if entities[e].type == .organization { return e }
                if entities[e].type == .person { return nil }
                i = index.tokenRanges[e].upperBound
                continue
            }
            if [";", "said", "says", "met", "told"].contains(lower(i)) { return nil }
            i += 1
        }
        return nil
    }

    // MARK: - Organisations, places, nationalities

    mutating func linkOrganization(_ k: Int) {
        var name = entities[k].text
        if name.lowercased().hasPrefix("the ") { name = String(name.dropFirst(4)) }
        let key = ActorDictionary.key(name)
        let at = index.tokenRanges[k].lowerBound
        if let a = orgByKey[key] { link(k, to: a); return }
        // a short form of an organisation already named ("the Post" after "The Washington Post")
        let toks = ActorBuilder.fold(name)
        if toks.count == 1, let a = actors.indices.last(where: { actors[$0].kind == .organization && nameTokens[$0].last == toks[0] }) {
            link(k, to: a); return
        }
        let entry = dictionary.lookup(name, on: date)
        if let entry, entry.kind == .organization, case let entryKey = ActorDictionary.key(entry.name), case let known = orgByKey[entryKey],
           let a = actors.indices.first(where: { nameKeys[$0] == entryKey || known == $0 }) {
            orgByKey[key] = a
            link(k, to: a); return
        }
        let a = newActor(name, kind: .organization, at: at)
        orgByKey[key] = a
        if let entry, entry.kind == .organization {
            orgByKey[ActorDictionary.key(entry.name)] = a
            applyDictionary(entry, to: a)
        }
        if actors[a].sector == nil { actors[a].sector = RoleLexicon.sector(for: name) }
        if actors[a].country == nil {
            let r = index.tokenRanges[k]
            for i in r {
                let w = doc.tokens[i].text
                if let c = Countries.code(forName: w) ?? Countries.code(forDemonym: w) { actors[a].country = c; break }
                if i + 1 < r.upperBound, let c = Countries.code(forDemonym: w + " " + doc.tokens[i + 1].text) ?? Countries.code(forName: w + " " + doc.tokens[i + 1].text) {
                    actors[a].country = c; break
                }
            }
        }
        if actors[a].country == nil, !fromDictionary.contains(a) {
            let r = index.tokenRanges[k]
            // "India's Ministry of External Affairs"
            if r.lowerBound >= 2, lower(r.lowerBound - 1) == "'s", let e = index.entity(atToken: r.lowerBound - 2) {
                actors[a].country = Countries.code(forName: entities[e].text) ?? Countries.code(forCapital: entities[e].text)
            } else if r.lowerBound >= 1, let e = index.entity(atToken: r.lowerBound - 1), entities[e].type == .nationality {
                actors[a].country = Countries.code(forDemonym: entities[e].text)
            }
        }
        link(k, to: a)
    }

    mutating func linkPlace(_ k: Int) {
        let text = entities[k].text
        let r = index.tokenRanges[k]
        let named = Countries.code(forName: text)
        var code = named
        if code == nil, let c = Countries.code(forCapital: text), isMetonymic(r) { code = c }
        // "Darfur rebels", "Chechnya separatists": a region of one country gives its groups that country
        let region = code == nil ? regionCountry(r) : nil
        guard let code = code ?? region else { return }
        // "Ivory Coast rebels", "Poland's parliament", "Israel's high court": a country's group other than its
        // government is an actor of its own
        if named != nil || region != nil {
            let start = lower(r.upperBound) == "'s" ? r.upperBound + 1 : r.upperBound
            // only words that qualify such a group may come between ("high court", "army bulldozers"), where
            // "Canada scrambled fighters" is a sentence
            if let (head, words) = groupHead(from: start),
               (start..<head).allSatisfy({ doc.tokens[$0].isCapitalized || RoleLexicon.sectorByWord[lower($0)] != nil || RoleLexicon.groupModifiers.contains(lower($0)) }),
               let sector = RoleLexicon.sector(for: words), sector != "GOV" {
                linkGroup(k, name: entities[k].text + (start > r.upperBound ? "'s " : " ") + words, country: code, sector: sector)
                return
            }
            // a region is no actor by itself
            if region != nil { return }
        }
        if let a = countryActor[code] { link(k, to: a); return }
        let isCountryName = named != nil
        let a = newActor(isCountryName ? ActorBuilder.stripArticle(text) : (Countries.name(for: code) ?? text), kind: .country, at: r.lowerBound)
        actors[a].country = code
        actors[a].sector = "GOV"
        countryActor[code] = a
        link(k, to: a)
    }

    /// The country of the region (regions.tsv) a place mention names whole: "Darfur" → SDN.
    func regionCountry(_ r: Range<Int>) -> String? {
        let words = r.map { lower($0) }
        guard let (i, length) = RegionTable.shared.match(words, at: 0), length == words.count else { return nil }
        return RegionTable.shared.regions[i].country
    }

    /// Verbs whose object is a destination, not an actor: "visited Tokyo", "left Kabul".
    static let movementVerbs: Set<String> = [
        "visit", "visits", "visited", "visiting", "tour", "tours", "toured", "touring", "reach", "reached", "reaches",
        "leave", "left", "leaves", "enter", "entered", "enters", "arrive", "arrived", "flee", "fled", "return", "returned",
    ]

    /// Words between a subject and its verb: "has", "again", "will".
    static let auxiliaries: Set<String> = ["has", "have", "had", "will", "would", "again", "also", "still", "now", "then", "once", "is", "was",
                                           "could", "may", "might", "should", "must", "already", "did", "does", "not", "never"]

    static func stripArticle(_ s: String) -> String {
        s.lowercased().hasPrefix("the ") ? String(s.dropFirst(4)) : s
    }

    /// Whether a capital stands for its government here: a possessive, or the subject of a verb.
    func isMetonymic(_ r: Range<Int>) -> Bool {
        var n = r.upperBound
        let next = lower(n)
        if next == "'s" { return true }
        // "Beirut again rejected", "Washington has demanded", "Washington along with its allies demanded"
        if (next == "along" || next == "together") && lower(n + 1) == "with" {
            n += 2
            while n < r.upperBound + 7, doc.tokens.indices.contains(n), doc.tokens[n].isLowercaseWord, !EventLexicon.shared.isVerbForm(lower(n)) { n += 1 }
        }
        while n < r.upperBound + 9, ActorBuilder.auxiliaries.contains(lower(n)) || lower(n).count > 4 && doc.tokens[n].isLyAdverb { n += 1 }
        if EventLexicon.shared.isVerbForm(lower(n)) || SpeechVerbs.forms.contains(lower(n)) { return true }
        // "Seoul accused Tokyo of…": the object of an act, where a visit's destination stays a place
        let before = lower(r.lowerBound - 1)
        if r.lowerBound > 0, !doc.tokens[r.lowerBound].startsLine, doc.tokens[r.lowerBound - 1].isLowercaseWord,
           EventLexicon.shared.isVerbForm(before), !ActorBuilder.movementVerbs.contains(before) { return true }
        let prev = lower(r.lowerBound - 1)
        return prev == "from" && ["rhetoric", "statement", "threats", "pressure", "response", "demands"].contains(lower(r.lowerBound - 2))
    }

    /// A nationality (or a "led" compound of country `given`) and the group its noun phrase names.
    mutating func linkNationality(_ k: Int, code given: String? = nil) {
        // "Serbs" in "Bosnian Serbs": already the people the nationality before it opened
        guard entities[k].actor == nil else { return }
        let r = index.tokenRanges[k]
        // "The Azerbaijani" when the tagger took the article in
        guard var code = given ?? Countries.code(forDemonym: ActorBuilder.stripArticle(entities[k].text)) else { return }
        let next = lower(r.upperBound)
        // "ethnic Albanians in south Serbia": a people is coded by the country it lives in
        // as is "the Albanians of southern Serbia", a people of a place
        let ethnic = r.lowerBound > 0 && lower(r.lowerBound - 1) == "ethnic"
            || next == "of" && RoleLexicon.sectorByWord[entities[k].text.lowercased()] == "CVL"
        if ethnic, let home = countryAfter(r.upperBound) ?? countryInClause(after: r.upperBound) { code = home }
        var name: String?
        var sector: String?
        // "Bosnian Serbs", "Iraqi Kurds": a people of a country, coded by the country ("Bosnian Serb forces" too)
        if let p = index.entity(atToken: r.upperBound), entities[p].type == .nationality, index.tokenRanges[p].lowerBound == r.upperBound,
           let theirs = Countries.code(forDemonym: entities[p].text), theirs != code {
            let people = entities[k].text + " " + entities[p].text
            if let (_, words) = groupHead(from: index.tokenRanges[p].upperBound) {
                linkGroup(k, name: people + " " + words, country: code, sector: RoleLexicon.sector(for: words))
            } else {
                linkGroup(k, name: people, country: code, sector: RoleLexicon.sectorByWord[entities[p].text.lowercased()])
            }
            entities[p].actor = entities[k].actor
            return
        }
        // "American officials", "Israeli army bulldozers", "a Russian official": the nationality and the
        // noun phrase it opens, up to its head
        if let (_, words) = groupHead(from: r.upperBound) {
            name = entities[k].text + " " + words
            sector = RoleLexicon.sector(for: words)
        } else if RoleLexicon.groupNouns.contains(next) {
            name = entities[k].text + " " + text(r.upperBound)
            sector = RoleLexicon.sectorByWord[next]
        } else if entities[k].text.hasSuffix("s"), !(doc.tokens.indices.contains(r.upperBound) && doc.tokens[r.upperBound].isCapitalized) {
            name = entities[k].text  // "the Americans"
            // a people ("the Kurds", "ethnic Albanians") as civilians
            sector = RoleLexicon.sectorByWord[entities[k].text.lowercased()]
            // "arrested more than 100 Palestinians", "thousands of Liberians": people counted are civilians
            let before = r.lowerBound - 1 >= 0 ? lower(r.lowerBound - 1) : ""
            if r.lowerBound > 0, doc.tokens[r.lowerBound - 1].kind == .number || EventCoding.numberWords.contains(before)
                || before == "of" && r.lowerBound > 1 && EventCoding.quantityWords.contains(lower(r.lowerBound - 2)) {
                sector = "CVL"
            }
        }
        guard let name else { return }
        // a led coalition or alliance is an armed one ("the Saudi-led coalition")
        if given != nil, sector == nil { sector = "MIL" }
        linkGroup(k, name: name, country: code, sector: sector)
    }

    /// The country of the first place after "in" later in the clause: "ethnic Albanians demonstrated on Tuesday
    /// in Serbia" are Serbia's.
    func countryInClause(after t: Int) -> String? {
        let end = min(sentenceRange(ofToken: t).upperBound, t + 12)
        var j = t
        while j < end, ![",", ";", ":", "\"", "who", "which", "while", "but"].contains(lower(j)) {
            if lower(j) == "in", let c = countryAfter(j) { return c }
            j += 1
        }
        return nil
    }

    /// The country of a place right after "in" or "of" at token `t` ("in south Serbia", "of northern Iraq").
    func countryAfter(_ t: Int) -> String? {
        guard ["in", "of"].contains(lower(t)) else { return nil }
        var j = t + 1
        if lower(j) == "the" { j += 1 }
        if ActorBuilder.compassWords.contains(lower(j)) { j += 1 }
        guard let e = index.entity(atToken: j), [.geopolitical, .location].contains(entities[e].type) else { return nil }
        return Countries.code(forName: entities[e].text) ?? Countries.code(forCapital: entities[e].text)
    }

    static let compassWords: Set<String> = ["north", "south", "east", "west", "northern", "southern", "eastern", "western",
                                            "central", "northeastern", "northwestern", "southeastern", "southwestern"]

    /// The noun phrase from token `start` up to a group noun as its head, with at most three words before
    /// it ("rebel leaders", "army bulldozers", "high court"): the head's token and the phrase's words.
    func groupHead(from start: Int) -> (head: Int, words: String)? {
        var head = start
        // "the Latvian Constitutional Court": a head the tagger left untagged may be capitalised
        while head < start + 3, head < doc.tokens.count,
              doc.tokens[head].isLowercaseWord || doc.tokens[head].isCapitalized && index.entity(atToken: head) == nil,
              !RoleLexicon.groupNouns.contains(lower(head)), !EventLexicon.shared.isVerbForm(lower(head)) || RoleLexicon.sectorByWord[lower(head)] != nil {
            head += 1
        }
        guard head < doc.tokens.count, RoleLexicon.groupNouns.contains(lower(head)), index.entity(atToken: head) == nil else { return nil }
        return (head, (start...head).map { text($0) }.joined(separator: " "))
    }

    /// Links a mention to the group actor of a name and country, made once per document.
    mutating func linkGroup(_ k: Int, name: String, country code: String, sector: String?, fromDictionary known: Bool = false) {
        let key = code + "|" + ActorDictionary.key(name)
        if let a = groupActor[key] { link(k, to: a); return }
        let a = newActor(name, kind: .group, at: index.tokenRanges[k].lowerBound)
        actors[a].country = code
        actors[a].sector = sector
        groupActor[key] = a
        if known { fromDictionary.insert(a) }
        link(k, to: a)
    }

    /// "the Bush administration", "the Assad regime": a known leader's name before a word for the government
    /// stands for that government (the tagger often calls such a name miscellaneous).
    mutating func linkAdministration(_ k: Int) {
        let r = index.tokenRanges[k]
        let next = lower(r.upperBound)
        guard ["administration", "government", "regime", "cabinet"].contains(next),
              let e = dictionary.lookup(entities[k].text, on: date), e.kind == .person, let code = e.country else { return }
        linkGroup(k, name: entities[k].text + " " + text(r.upperBound), country: code, sector: "GOV", fromDictionary: true)
    }
}
