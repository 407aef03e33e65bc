/// Finds title phrases: "acting U.S. Under Secretary of State for Political
/// Affairs", "Foreign Affairs Minister", "vice foreign minister".
///
/// A title is a head word (minister, envoy, president…) with the modifiers
/// before it (acting, deputy, vice, top, foreign…; a country word only right
/// after such a modifier) and an "of/for" complement of capitalised words after
/// it. A capitalised title always counts; a lower-case one only beside a name
/// ("leader Kim", "envoy, Lee", "Kim, a senior envoy", "Kim was an envoy").
struct TitleFinder {
    static let heads: Set<String> = [
        "minister", "ministers", "secretary", "ambassador", "envoy", "president", "leader", "spokesman", "spokeswoman",
        "spokesperson", "chancellor", "premier", "general", "official", "chief", "director", "representative",
        "counterpart", "adviser", "advisor", "negotiator", "commander", "governor", "mayor", "senator", "diplomat",
        "king", "queen", "prince", "princess", "emir", "sultan", "chairman", "chairwoman", "head", "undersecretary",
        "commissioner", "lawmaker", "prosecutor", "judge", "expert", "analyst", "reporter", "correspondent", "editor",
        "colonel", "admiral", "pope", "ayatollah", "speaker", "deputy", "aide", "attorney", "justice", "officer",
        "consul", "delegate", "mediator", "photographer", "vice-president", "secretary-general",
        // ranks and titles as written before a name
        "gen.", "col.", "maj.", "capt.", "adm.", "sgt.", "brig.", "cmdr.", "lt.", "gov.", "sen.", "rep.", "lieutenant", "sergeant",
        "brigadier",
    ]
    static let modifiers: Set<String> = [
        "acting", "deputy", "vice", "top", "former", "senior", "chief", "foreign", "defense", "defence", "nuclear",
        "national", "security", "prime", "first", "special", "assistant", "under", "state", "interior", "finance",
        "trade", "political", "supreme", "executive", "general", "affairs", "associate", "permanent", "interim", "new",
        "then", "current", "incoming", "outgoing", "principal", "lead", "high", "military", "economic", "intelligence",
        "health", "unification", "environment", "energy", "agriculture", "education", "labor", "labour", "culture",
        "press", "communist", "opposition", "party", "regional", "provincial", "chief", "commerce", "economy", "justice",
        "home", "public", "senior-level", "top-level", "veteran", "longtime", "white", "house", "presidential",
        "lt.", "lieutenant", "brig.", "brigadier", "maj.", "rear", "field",
    ]
    static let linkers: Set<String> = ["was", "is", "became", "as", "remains", "becomes"]
    static let articles: Set<String> = ["a", "an", "the"]

    /// Title spans (token ranges) in a sentence, given the lower-case words of the document (indexed as
    /// `tokens`) and which tokens belong to persons and to other entities.
    static func find(tokens: ArraySlice<Token>, lower words: [String], person: (Int) -> Bool, entity: (Int) -> EntityType?) -> [Range<Int>] {
        let lo = tokens.startIndex, hi = tokens.endIndex
        func lower(_ i: Int) -> String { i >= lo && i < hi ? words[i] : "" }
        var spans: [Range<Int>] = []
        var i = lo
        while i < hi {
            let w = lower(i)
            guard heads.contains(w), entity(i) == nil || entity(i) == .title, !person(i) else { i += 1; continue }
            // left: modifiers, capitalised title words, a country word right after a modifier
            var start = i
            while start - 1 >= lo {
                let p = start - 1
                let pw = lower(p)
                if person(p) { break }
                if modifiers.contains(pw) || (heads.contains(pw) && tokens[p].isCapitalized) { start = p; continue }
                if let t = entity(p), t == .geopolitical || t == .nationality, p - 1 >= lo, modifiers.contains(lower(p - 1)) {
                    var q = p
                    while q - 1 >= lo, entity(q - 1) == t { q -= 1 }
                    start = q
                    continue
                }
                break
            }
            // right: further heads ("Secretary General"), then "of/for" + capitalised words
            var end = i + 1
            while end < hi, heads.contains(lower(end)), tokens[end].isCapitalized == tokens[i].isCapitalized, !person(end) { end += 1 }
            while end + 1 < hi, lower(end) == "of" || lower(end) == "for", tokens[end + 1].isCapitalized, !person(end + 1),
                  entity(end + 1) != .organization {
                var j = end + 1
                while j < hi, !person(j), tokens[j].isCapitalized || (lower(j) == "and" && j + 1 < hi && tokens[j + 1].isCapitalized) { j += 1 }
                end = j
            }
            let capitalised = tokens[i].isCapitalized && i > lo || (tokens[i].isCapitalized && (i + 1 < hi && person(i + 1)))
            let nextIsName = end < hi && person(end)
            let commaName = end + 1 < hi && lower(end) == "," && person(end + 1)
            var appositive = false
            var k = start - 1
            if k >= lo, articles.contains(lower(k)) { k -= 1 }
            if k >= lo, lower(k) == "," || linkers.contains(lower(k)), k - 1 >= lo, person(k - 1) { appositive = true }
            if capitalised || nextIsName || commaName || appositive {
                // a lone capitalised word at the start of a sentence is a headline word, not a title
                if !(end - start == 1 && start == lo && !nextIsName) { spans.append(start..<end) }
            }
            i = end
        }
        return spans
    }
}
