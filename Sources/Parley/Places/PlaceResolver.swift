import Foundation

/// Geocodes place names: each GPE or LOC mention to a gazetteer entry.
///
/// Among entries of the same name it prefers, in this order of weight: the one
/// a comma qualifier names ("Paris, Texas"), one in a country the document
/// names (or in a state it names), one in the state where the document's other
/// names could also lie ("Paris" beside "Henry County": Tennessee), one near the
/// places already resolved, the bigger kind (country > state > city) and the
/// larger population. A country
/// or a capital standing for its government ("Seoul's minister", "Pyongyang
/// released") is marked as a metonym.
public struct PlaceResolver: Stage {
    public let name = "places"
    let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer = .shared) {
        self.gazetteer = gazetteer
    }

    public func process(_ doc: inout Document) {
        let index = EntityIndex(doc)
        let mentions = doc.entities.indices.filter { [.geopolitical, .location].contains(doc.entities[$0].type) }
        // "Henderson County Sheriff's Office", "University of Cincinnati": a place that names an organization
        // is a toponym of its own, resolved with the others but no entity's place
        var nested: [Range<Int>] = []
        var wholeName: [Bool] = []  // the nested place is the organization's whole name: the place for its government
        let named = Set(mentions.map { Gazetteer.fold(doc.entities[$0].text) })
        for e in doc.entities.indices where doc.entities[e].type == .organization {
            let actor = doc.entities[e].actor.flatMap { id in doc.actors.first { $0.id == id } }
            if let r = nestedToponym(doc, index.tokenRanges[e], named: named, institution: actor?.sector != nil) {
                nested.append(r)
                wholeName.append(r == index.tokenRanges[e])
            }
        }
        var spans = mentions.map { index.tokenRanges[$0] }
        var names = mentions.map { doc.entities[$0].text }
        for r in nested {
            spans.append(r)
            names.append(doc.slice(doc.tokens[r.lowerBound].start, doc.tokens[r.upperBound - 1].end))
        }
        let choices = resolve(doc: doc, names: names, spans: spans)
        var places: [Place] = []
        for k in spans.indices {
            guard let row = choices[k] else { continue }
            let g = gazetteer.entries[row]
            let id = "p\(places.count + 1)"
            let start = doc.tokens[spans[k].lowerBound].start, end = doc.tokens[spans[k].upperBound - 1].end
            let entity: Int? = k < mentions.count ? mentions[k] : nil
            places.append(Place(id: id, text: entity.map { doc.entities[$0].text } ?? names[k],
                                start: entity.map { doc.entities[$0].start } ?? start, end: entity.map { doc.entities[$0].end } ?? end,
                                name: g.name, country: g.country, lat: g.lat, lon: g.lon, kind: g.kind,
                                metonym: entity.map { _ in isMetonym(doc, spans[k], g) } ?? wholeName[k - mentions.count],
                                geonameid: g.geonameid))
            if let entity { doc.entities[entity].place = id }
        }
        places.sort { $0.start < $1.start }
        var renamed: [String: String] = [:]
        for i in places.indices {
            let id = "p\(i + 1)"
            if places[i].id != id { renamed[places[i].id] = id; places[i].id = id }
        }
        if !renamed.isEmpty {
            for e in doc.entities.indices { if let p = doc.entities[e].place, let n = renamed[p] { doc.entities[e].place = n } }
        }
        doc.places = places
    }

    /// Words that open or close organization names and are also names of some hamlet: never a toponym alone.
    static let organizationWords: Set<String> = [
        "central", "national", "international", "united", "first", "general", "royal", "federal", "state", "city", "county",
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "new", "old", "great", "grand",
        "union", "liberty", "independence", "unity", "victory", "freedom", "progress", "hope", "providence", "metro", "capital",
        "american", "continental", "atlantic", "pacific", "global", "world", "community", "public", "christian", "catholic",
        "northeast", "northwest", "southeast", "southwest", "downtown", "the", "law", "drug", "human", "miss",
    ]

    /// The tokens of a place an organization's name starts with ("Florida Highway Patrol", "Butler County
    /// Sheriff's Office") or ends with after "of" ("University of Nebraska", "City of Edwardsville"), when the
    /// gazetteer knows it by that very name; or the whole name is a place. One word, and a whole name, must be
    /// a country, a state or county, a city of 50,000 or more, or a place the document names by itself
    /// ("Commerce", "Stevens" and "White" are towns too).
    func nestedToponym(_ doc: Document, _ r: Range<Int>, named: Set<String>, institution: Bool) -> Range<Int>? {
        func text(_ a: Int, _ b: Int) -> String { doc.slice(doc.tokens[a].start, doc.tokens[b - 1].end) }
        // named as a place elsewhere, or by its own name ("Hamas" was a name of Hamm) or an abbreviation
        // a country, state, county or city of 50,000 or more
        func major(_ name: String) -> Bool {
            let key = Gazetteer.fold(name)
            if named.contains(key) { return true }
            return gazetteer.candidates(name).contains { row in
                guard gazetteer.foldedNames[row] == key || name.contains(".") else { return false }
                let g = gazetteer.entries[row]
                return ["country", "admin1", "admin2"].contains(g.kind) || g.kind == "city" && g.population >= 50_000
            }
        }
        func known(_ a: Int, _ b: Int) -> Bool {
            guard a < b, doc.tokens[a].isCapitalized, doc.tokens[b - 1].isCapitalized || doc.tokens[b - 1].text == "." else { return false }
            guard b - a == 1 else { return !gazetteer.candidates(text(a, b)).isEmpty }
            // one word: no short word or acronym ("La", "DNR"), no word organizations open with
            let w = doc.tokens[a].text
            if w.count < 4 || w.uppercased() == w && !w.contains(".") || PlaceResolver.organizationWords.contains(w.lowercased()) { return false }
            return major(w)
        }
        // "DeKalb County said", "Richmond officials": the place itself, standing for its government, when a major
        // one; never a body the actor dictionary knows ("Hamas", "the Duma")
        if !institution, known(r.lowerBound, r.upperBound) { return major(text(r.lowerBound, r.upperBound)) ? r : nil }
        guard r.count >= 2 else { return nil }
        if let of = r.last(where: { doc.tokens[$0].text == "of" }), of + 1 < r.upperBound {
            var a = of + 1
            if doc.tokens[a].text.lowercased() == "the" { a += 1 }
            for start in a..<min(r.upperBound, a + 2) where r.upperBound - start <= 3 && known(start, r.upperBound) { return start..<r.upperBound }
        }
        for length in stride(from: min(4, r.count - 1), through: 1, by: -1) where known(r.lowerBound, r.lowerBound + length) {
            // "Ohio State University", "DeKalb Police": the rest of the name is the organization
            return r.lowerBound..<(r.lowerBound + length)
        }
        return nil
    }

    /// The gazetteer row each name stands for (nil where none), given the document around them.
    public func resolve(doc: Document, names: [String], spans: [Range<Int>]) -> [Int?] {
        let traits = gazetteer.traits
        // Countries and U.S. states by their numbers in the gazetteer (``Gazetteer/Traits``).
        var docCountries = [Bool](repeating: false, count: gazetteer.countryIndex.count)
        var docStates = [Bool](repeating: false, count: gazetteer.usStateIndex.count)
        func noteCountry(_ code: String) { if let i = gazetteer.countryIndex[code] { docCountries[Int(i)] = true } }
        func noteCountry(row: Int) { if traits[row].country >= 0 { docCountries[Int(traits[row].country)] = true } }
        // countries and states the document names, by any word of it
        for e in doc.entities where e.type == .geopolitical || e.type == .nationality {
            if let c = CountryTable.shared.code(forName: e.text) ?? CountryTable.shared.code(forDemonym: e.text) { noteCountry(c) }
            if let s = gazetteer.admin1(e.text), let i = gazetteer.usStateIndex[s] { docStates[Int(i)] = true }
        }
        var chosen = [Int?](repeating: nil, count: names.count)
        // Places already resolved, each once.
        var anchorRows = Set<Int>()
        var anchors: [Anchor] = []
        func anchor(_ row: Int) {
            if anchorRows.insert(row).inserted { anchors.append(Anchor(traits[row])) }
        }
        // a nationality word stands for its country ("Russian troops" in a geoparsing corpus)
        var candidatesByName: [String: [Int]] = [:]
        let candidates = names.map { name -> [Int] in
            if let known = candidatesByName[name] { return known }
            let found = candidateRows(name)
            candidatesByName[name] = found
            return found
        }
        // the states the names have in common: "Paris" and "Henry County" both lie in Tennessee
        var stateVotes = [Int](repeating: 0, count: gazetteer.usStateIndex.count)
        var seenNames = Set<String>()
        var states: [Int32] = []
        for (k, c) in candidates.enumerated() where seenNames.insert(Gazetteer.fold(names[k])).inserted {
            states.removeAll(keepingCapacity: true)
            for row in c where traits[row].usState >= 0 && !traits[row].isCountry && !states.contains(traits[row].usState) {
                states.append(traits[row].usState)
            }
            for a in states { stateVotes[Int(a)] += 1 }
        }
        // unambiguous names first: they anchor the others
        for (k, c) in candidates.enumerated() where c.count == 1 {
            chosen[k] = c[0]
            let g = gazetteer.entries[c[0]]
            if g.kind == "city" || g.kind == "admin1" { anchor(c[0]) }
            if g.kind != "country" { noteCountry(row: c[0]) }
        }
        // twice: the second pass reads the places the first one chose as context
        for pass in 0..<2 {
            if pass == 1 {
                for c in chosen.compactMap({ $0 }) {
                    let g = gazetteer.entries[c]
                    if g.kind == "city" || g.kind == "admin1" || g.kind == "admin2" { anchor(c) }
                    noteCountry(row: c)
                    if traits[c].usState >= 0, !traits[c].isCountry { docStates[Int(traits[c].usState)] = true }
                }
            }
            // Within a pass the choice depends only on the name and its qualifier.
            var decided: [String: Int?] = [:]
            for (k, cands) in candidates.enumerated() where cands.count > 1 {
                let r = spans[k]
                // "Paris, Texas", "Springfield, Ill.", "Kingston, Jamaica"
                var qualifier: String?
                if r.upperBound + 1 < doc.tokens.count, doc.tokens[r.upperBound].text == "," { qualifier = doc.tokens[r.upperBound + 1].text }
                let memo = names[k] + "\u{1}" + (qualifier ?? "")
                if let known = decided[memo] { chosen[k] = known; continue }
                let qualifierState = qualifier.flatMap { gazetteer.admin1($0) }.flatMap { gazetteer.usStateIndex[$0] } ?? -2
                let qualifierCountry = qualifier.flatMap { CountryTable.shared.code(forName: $0) }.flatMap { gazetteer.countryIndex[$0] } ?? -2
                var best: (Double, Int)?
                for c in cands {
                    let t = traits[c]
                    var score = t.base
                    if t.usState == qualifierState { score += 8 }
                    if t.country == qualifierCountry { score += 8 }
                    if t.country >= 0, docCountries[Int(t.country)] { score += 2.5 }
                    if t.usState >= 0 {
                        if docStates[Int(t.usState)] { score += 3 }
                        // other names of the document that a town or county of the same state could be
                        if !t.isCountry, stateVotes[Int(t.usState)] > 1 { score += Double(min(stateVotes[Int(t.usState)] - 1, 3)) }
                    }
                    if !anchors.isEmpty {
                        let d = Anchor.nearest(anchors, to: t)
                        score += d < 100 ? 2.5 : d < 400 ? 1.5 : d < 1500 ? 0.5 : 0
                    }
                    if best == nil || score > best!.0 { best = (score, c) }
                }
                chosen[k] = best?.1
                decided[memo] = best?.1
            }
        }
        return chosen
    }

    /// The gazetteer rows a name may stand for.
    func candidateRows(_ name: String) -> [Int] {
        let c = gazetteer.candidates(name)
        if c.count > 1 {
            // a town known by this very name beats a city that once bore it ("Athens", Georgia, over a
            // city whose old name was Athens); countries and states keep their short forms ("U.S.")
            let key = Gazetteer.fold(name)
            let own = c.filter { gazetteer.entries[$0].kind != "city" || gazetteer.foldedNames[$0] == key }
            if own.contains(where: { gazetteer.entries[$0].kind == "city" }) { return own }
        }
        if !c.isEmpty { return c }
        if let code = CountryTable.shared.code(forDemonym: name), let row = gazetteer.countryRowIndex(code) { return [row] }
        return gazetteer.looseCandidates(name)
    }

    /// A place already resolved, ready for distances: the great-circle distance from it needs one cosine
    /// and one arc cosine instead of haversine's six trigonometric calls.
    struct Anchor {
        let sinLat, cosLat, lon: Double

        init(_ t: Gazetteer.Traits) {
            sinLat = t.sinLat
            cosLat = t.cosLat
            lon = t.lon
        }

        /// Kilometres from the nearest anchor to a gazetteer entry.
        static func nearest(_ anchors: [Anchor], to p: Gazetteer.Traits) -> Double {
            var best = -1.0
            for a in anchors {
                // the cosine of the central angle; the largest is the nearest
                let c = a.sinLat * p.sinLat + a.cosLat * p.cosLat * cos(a.lon - p.lon)
                if c > best { best = c }
            }
            return 6371.0 * acos(min(1, max(-1, best)))
        }
    }

    /// A country or capital that acts or owns: "Seoul's minister", "Pyongyang released", "from Pyongyang" after a statement.
    func isMetonym(_ doc: Document, _ r: Range<Int>, _ g: Gazetteer.Entry) -> Bool {
        let text = doc.tokens[r].map(\.text).joined(separator: " ")
        let isCapital = CountryTable.shared.code(forCapital: text) != nil
        guard g.kind == "country" || isCapital else { return false }
        let next = r.upperBound < doc.tokens.count ? doc.tokens[r.upperBound].text.lowercased() : ""
        if next == "'s" {
            let after = r.upperBound + 1 < doc.tokens.count ? doc.tokens[r.upperBound + 1] : nil
            return after.map { $0.isCapitalized || RoleLexicon.sectorByWord[$0.text.lowercased()] != nil || TitleFinder.heads.contains($0.text.lowercased()) || TitleFinder.modifiers.contains($0.text.lowercased()) } ?? false
        }
        if EventLexicon.shared.isVerbForm(next) || SpeechVerbs.forms.contains(next) { return true }
        let prev = r.lowerBound > 0 ? doc.tokens[r.lowerBound - 1].text.lowercased() : ""
        let prev2 = r.lowerBound > 1 ? doc.tokens[r.lowerBound - 2].text.lowercased() : ""
        return prev == "from" && ["rhetoric", "statement", "threats", "pressure", "response", "demands", "warning"].contains(prev2)
    }
}
