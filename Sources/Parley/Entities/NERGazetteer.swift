import Foundation

/// Word lists the tagger and the title finder use as evidence: place names,
/// countries, nationality words, organisation words and titles.
final class NERGazetteer: Sendable {
    let orgWords: Set<String>
    let titleWords: Set<String>
    let personTitles: Set<String>

    static let shared = NERGazetteer()

    /// The tagger's gazetteer categories; each is one bit of the values in ``phrases``.
    enum Category: Int, CaseIterable {
        case country, demonym, capital, city, region, firstName, surname, orgWord, titleHead, titleModifier, personTitle
    }

    /// Phrase hash (``FeatureHashing/phrase(_:)`` over lower-case word hashes) → category bits.
    let phrases: FlagTable<UInt16>
    /// The longest phrase, in words.
    let maxPhraseLength: Int

    /// Lower-case first words of countries, capitals, demonyms, regions and dictionary names: the only
    /// words at which the evidence pass needs to look anything up.
    let evidenceStarters: Set<String>

    init() {
        var placeNames: [String] = []
        if let url = Bundle.module.url(forResource: "placenames", withExtension: "txt", subdirectory: "Resources"),
           let text = try? String(contentsOf: url, encoding: .utf8) {
            placeNames = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
        }
        var countryNames: [String] = [], demonymWords: [String] = []
        for c in CountryTable.shared.countries {
            countryNames.append(c.name)
            countryNames += c.aliases
            demonymWords += c.demonyms
            demonymWords += c.demonyms.map { $0.hasSuffix("s") || $0.hasSuffix("ese") || $0.hasSuffix("ish") || $0.hasSuffix("ch") ? $0 : $0 + "s" }
            if let cap = c.capital { placeNames.append(cap) }
        }
        func index(_ names: [String]) -> [String: [[String]]] {
            var m: [String: [[String]]] = [:]
            for n in names {
                let words = Tokenizer.tokenize(Array(n.unicodeScalars)).map { $0.text.lowercased() }
                guard let f = words.first else { continue }
                m[f, default: []].append(words)
            }
            for (k, v) in m { m[k] = v.sorted { $0.count > $1.count } }
            return m
        }
        let countries = index(countryNames)
        let demonyms = index(demonymWords)
        orgWords = Set("""
            ministry council party agency bank university association union committee commission corporation corp inc ltd \
            group company co organization organisation department office institute foundation fund court parliament \
            assembly army navy force forces league federation front movement post times news journal club fc airlines \
            airways authority bureau service services board senate congress government administration exchange network \
            press tribune herald telegraph broadcasting radio television tv channel press institute centre center society \
            alliance coalition brigade brigades guard police
            """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
        titleWords = Set("""
            president minister secretary ambassador envoy leader spokesman spokeswoman spokesperson chancellor premier \
            general official chief director representative counterpart adviser advisor negotiator commander governor mayor \
            senator diplomat king queen prince princess emir sheikh sultan chairman chairwoman head deputy undersecretary \
            commissioner lawmaker prosecutor judge expert analyst reporter correspondent editor envoys officials ministers \
            colonel admiral captain lieutenant sergeant major pope cardinal archbishop bishop imam ayatollah
            """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
        var starters = Set(countries.keys).union(demonyms.keys)
        for c in CountryTable.shared.countries {
            if let cap = c.capital, let f = Tokenizer.tokenize(Array(cap.unicodeScalars)).first { starters.insert(f.text.lowercased()) }
        }
        starters.formUnion(RegionTable.shared.index.keys)
        for e in ActorDictionary.shared.entries {
            for n in [e.name] + e.aliases {
                if let f = Tokenizer.tokenize(Array(n.unicodeScalars)).first { starters.insert(f.text.lowercased()) }
            }
        }
        evidenceStarters = starters

        personTitles = ["mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "gen.", "sen.", "rep.", "gov.", "lt.", "col.",
                        "maj.", "capt.", "adm.", "sgt.", "prof.", "rev.", "president", "prime", "minister", "king", "queen",
                        "prince", "pope", "chancellor", "premier", "secretary", "ambassador", "envoy", "leader"]
        // the tagger's phrase table
        var table = FlagTable<UInt16>(capacity: 16384)
        var longest = 1
        func add(_ name: String, _ c: Category) {
            let words = Tokenizer.tokenize(Array(name.unicodeScalars)).map { FeatureHashing.lowerHash($0.text) }
            guard !words.isEmpty, words.count <= 5 else { return }
            longest = max(longest, words.count)
            table.insert(FeatureHashing.phrase(words), UInt16(1) << UInt16(c.rawValue))
        }
        for c in CountryTable.shared.countries {
            add(c.name, .country)
            for a in c.aliases { add(a, .country) }
            for d in c.demonyms { add(d, .demonym); add(d + "s", .demonym) }
            if let cap = c.capital { add(cap, .capital) }
        }
        for n in placeNames { add(n, .city) }
        for r in RegionTable.shared.regions { add(r.name, .region) }
        if let url = Bundle.module.url(forResource: "first_names", withExtension: "txt", subdirectory: "Resources"),
           let text = try? String(contentsOf: url, encoding: .utf8) {
            for line in text.split(separator: "\n") where !line.hasPrefix("#") { add(String(line), .firstName) }
        }
        for n in NameLexicon.givenNames { add(n, .firstName) }
        for n in NameLexicon.eastAsianSurnames { add(n, .surname) }
        for w in orgWords { add(w, .orgWord) }
        for w in TitleFinder.heads.union(titleWords) { add(w, .titleHead) }
        for w in TitleFinder.modifiers { add(w, .titleModifier) }
        for w in personTitles { add(w, .personTitle) }
        phrases = table
        maxPhraseLength = longest
    }
}
