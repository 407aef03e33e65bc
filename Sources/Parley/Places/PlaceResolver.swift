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
        let spans = mentions.map { index.tokenRanges[$0] }
        let choices = resolve(doc: doc, names: mentions.map { doc.entities[$0].text }, spans: spans)
        var places: [Place] = []
        for (k, e) in mentions.enumerated() {
            guard let row = choices[k] else { continue }
            let g = gazetteer.entries[row]
            let ent = doc.entities[e]
            let id = "p\(places.count + 1)"
            places.append(Place(id: id, text: ent.text, start: ent.start, end: ent.end, name: g.name, country: g.country,
                                lat: g.lat, lon: g.lon, kind: g.kind, metonym: isMetonym(doc, spans[k], g), geonameid: g.geonameid))
            doc.entities[e].place = id
        }
        doc.places = places
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
