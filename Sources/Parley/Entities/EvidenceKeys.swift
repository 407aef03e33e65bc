/// Which phrases could name a country, capital, nationality or dictionary actor, by a hash
/// of their lower-case letters and digits alone (spaces, dots and hyphens ignored, a leading
/// "the" dropped), as `ActorDictionary.key` folds names. The entity stage asks the
/// string-keyed tables only about phrases this table knows, so most words cost one probe.
struct EvidenceKeys: Sendable {
    static let country: UInt8 = 1, capital: UInt8 = 2, demonym: UInt8 = 4, actor: UInt8 = 8

    let table: FlagTable<UInt8>

    init(countries: CountryTable, dictionary: ActorDictionary) {
        var t = FlagTable<UInt8>(capacity: 4096)
        func add(_ name: String, _ flag: UInt8) {
            var folded = name.lowercased()
            if folded.hasPrefix("the ") { folded = String(folded.dropFirst(4)) }
            let h = EvidenceKeys.extend(FeatureHashing.offset, folded)
            if h != FeatureHashing.offset { t.insert(h, flag) }
        }
        for c in countries.countries {
            for n in [c.name] + c.aliases { add(n, EvidenceKeys.country) }
            for d in c.demonyms {
                add(d, EvidenceKeys.demonym)
                add(d + "s", EvidenceKeys.demonym)
                if d.hasSuffix("man") { add(String(d.dropLast(3)) + "men", EvidenceKeys.demonym) }
            }
            if let cap = c.capital { add(cap, EvidenceKeys.capital) }
        }
        add("washington dc", EvidenceKeys.capital)
        for e in dictionary.entries {
            for n in [e.name] + e.aliases { add(n, EvidenceKeys.actor) }
        }
        table = t
    }

    /// The hash extended by a word's lower-case letters and digits.
    @inline(__always) static func extend(_ h: UInt64, _ text: String) -> UInt64 {
        var h = h
        for b in text.utf8 {
            if b >= 0x80 { return extendSlowly(h, text) }
            if (b >= 48 && b <= 57) || (b >= 97 && b <= 122) { h = (h ^ UInt64(b)) &* FeatureHashing.prime }
            else if b >= 65 && b <= 90 { h = (h ^ UInt64(b + 32)) &* FeatureHashing.prime }
        }
        return h
    }

    /// The same for words beyond ASCII, with Unicode's lower case.
    static func extendSlowly(_ h: UInt64, _ text: String) -> UInt64 {
        var out = ""
        for u in text.lowercased().unicodeScalars where CharClass.isAlnum(u) { out.unicodeScalars.append(u) }
        var h = h
        for b in out.utf8 { h = (h ^ UInt64(b)) &* FeatureHashing.prime }
        return h
    }

    /// What the words `words[range]` could name (0: nothing the tables know).
    @inline(__always) func flags<C: Collection>(_ words: C) -> UInt8 where C.Element == String {
        var h = FeatureHashing.offset
        var first = true
        for w in words {
            if first && w.utf8.count == 3 && w.lowercased() == "the" { first = false; continue }
            first = false
            h = EvidenceKeys.extend(h, w)
        }
        return h == FeatureHashing.offset ? 0 : table.get(h)
    }
}
