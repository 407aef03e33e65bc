/// English verb and noun forms, enough for the event lexicon's lemmas.
enum Inflection {
    /// Irregular verbs: lemma → past, past participle.
    static let irregular: [String: (String, String)] = [
        "meet": ("met", "met"), "hold": ("held", "held"), "make": ("made", "made"), "take": ("took", "taken"),
        "give": ("gave", "given"), "send": ("sent", "sent"), "seek": ("sought", "sought"), "fight": ("fought", "fought"),
        "shoot": ("shot", "shot"), "throw": ("threw", "thrown"), "begin": ("began", "begun"), "lead": ("led", "led"),
        "strike": ("struck", "struck"), "break": ("broke", "broken"), "freeze": ("froze", "frozen"),
        "speak": ("spoke", "spoken"), "sell": ("sold", "sold"), "hit": ("hit", "hit"), "set": ("set", "set"),
        "put": ("put", "put"), "cut": ("cut", "cut"), "shut": ("shut", "shut"), "go": ("went", "gone"),
        "come": ("came", "come"), "keep": ("kept", "kept"), "leave": ("left", "left"), "bring": ("brought", "brought"),
        "tell": ("told", "told"), "say": ("said", "said"), "fly": ("flew", "flown"), "draw": ("drew", "drawn"),
        "forbid": ("forbade", "forbidden"), "swear": ("swore", "sworn"), "win": ("won", "won"), "lose": ("lost", "lost"),
        "withdraw": ("withdrew", "withdrawn"), "overthrow": ("overthrew", "overthrown"), "beat": ("beat", "beaten"),
        "shake": ("shook", "shaken"), "undertake": ("undertook", "undertaken"), "bid": ("bid", "bid"),
        "steal": ("stole", "stolen"), "blow": ("blew", "blown"), "grant": ("granted", "granted"), "pay": ("paid", "paid"),
        "hang": ("hanged", "hanged"), "feel": ("felt", "felt"), "run": ("ran", "run"), "deal": ("dealt", "dealt"),
        "have": ("had", "had"), "do": ("did", "done"), "be": ("was", "been"), "spend": ("spent", "spent"),
        "lay": ("laid", "laid"), "stand": ("stood", "stood"), "rise": ("rose", "risen"), "sink": ("sank", "sunk"),
        "sit": ("sat", "sat"), "tear": ("tore", "torn"), "bear": ("bore", "borne"), "hear": ("heard", "heard"),
        "buy": ("bought", "bought"), "catch": ("caught", "caught"), "teach": ("taught", "taught"), "find": ("found", "found"),
    ]

    /// Verbs that double their last consonant ("ban" → "banned").
    static let doubling: Set<String> = [
        "ban", "plan", "stop", "drop", "admit", "commit", "permit", "submit", "rebut", "regret", "slam", "grab", "rob",
        "kidnap", "ship", "strip", "trap", "jail", "bar", "spar", "stab", "nab", "snub", "curb", "pin", "scrap", "veto",
        "patrol", "control", "expel", "compel", "repel", "propel", "rebel", "refer", "prefer", "confer", "occur", "defer",
        "shun", "plot", "step", "rig", "tap", "beg", "spur", "stir", "swap", "chat", "hug", "sap", "stem", "jam", "abet",
        "equip", "outstrip", "net", "blot", "flog", "gun", "mop", "pen", "quit", "tug", "wrap", "skip", "slip", "trip",
    ]

    /// Verbs whose final l doubles in British spelling and not in American.
    static let britishDoubleL: Set<String> = ["cancel", "label", "travel", "signal", "fuel", "channel", "model", "level", "quarrel", "total", "counsel"]

    /// Every form of a verb lemma: base, third person, past, participle, -ing.
    static func verbForms(_ lemma: String) -> [String] {
        var forms = [lemma, thirdPerson(lemma)]
        if let (past, part) = irregular[lemma] {
            forms += [past, part]
        } else if let (prefix, past, part) = prefixedIrregular(lemma) {
            forms += [prefix + past, prefix + part]
        } else {
            forms.append(past(lemma))
        }
        forms.append(gerund(lemma))
        // British spelling doubles the l: "cancelled", "labelling"
        if britishDoubleL.contains(lemma) { forms += [lemma + "led", lemma + "ling"] }
        if lemma == "be" { forms += ["is", "are", "am", "were", "being"] }
        if lemma == "have" { forms += ["has"] }
        return Array(Set(forms))
    }

    /// An irregular verb behind a prefix keeps its forms: "retake" → "retook", "retaken"; "overrun" → "overran".
    static func prefixedIrregular(_ lemma: String) -> (prefix: String, past: String, participle: String)? {
        guard lemma != "relay" else { return nil }
        for prefix in ["re", "over", "out", "under", "mis"] where lemma.hasPrefix(prefix) {
            if let (past, part) = irregular[String(lemma.dropFirst(prefix.count))] { return (prefix, past, part) }
        }
        return nil
    }

    static func thirdPerson(_ w: String) -> String {
        if w == "have" { return "has" }
        if w == "do" || w == "go" || w == "veto" { return w + "es" }
        if w.hasSuffix("s") || w.hasSuffix("x") || w.hasSuffix("z") || w.hasSuffix("ch") || w.hasSuffix("sh") { return w + "es" }
        if w.hasSuffix("y"), let p = w.dropLast().last, !"aeiou".contains(p) { return w.dropLast() + "ies" }
        return w + "s"
    }

    static func past(_ w: String) -> String {
        if w == "jail" || w == "curb" { return w + "ed" }
        if doubling.contains(w) { return w == "veto" ? "vetoed" : w + String(w.last ?? "d") + "ed" }
        if w.hasSuffix("e") { return w + "d" }
        if w.hasSuffix("y"), let p = w.dropLast().last, !"aeiou".contains(p) { return w.dropLast() + "ied" }
        return w + "ed"
    }

    static func gerund(_ w: String) -> String {
        if w == "jail" || w == "curb" || w == "veto" { return w + "ing" }
        if doubling.contains(w) { return w + String(w.last ?? "n") + "ing" }
        if w.hasSuffix("ie") { return w.dropLast(2) + "ying" }
        if w.hasSuffix("e"), !w.hasSuffix("ee"), w != "be" { return w.dropLast() + "ing" }
        return w + "ing"
    }

    /// A noun's singular, as a key for comparing "summit" with "summits" or "talks" with "talk".
    static func singular(_ w: String) -> String {
        guard w.count > 3, w.hasSuffix("s"), !w.hasSuffix("ss") else { return w }
        if w.hasSuffix("ies") { return w.dropLast(3) + "y" }
        if w.hasSuffix("ches") || w.hasSuffix("shes") || w.hasSuffix("xes") || w.hasSuffix("sses") { return String(w.dropLast(2)) }
        return String(w.dropLast())
    }

    /// Singular and plural of a noun.
    static func nounForms(_ noun: String) -> [String] {
        if noun.hasSuffix("s") { return [noun] }
        return [noun, thirdPerson(noun)]
    }
}
