/// A calendar unit of durations and relative dates.
enum TimeUnit: UInt8, Sendable, Hashable {
    case second, minute, hour, day, week, weekend, month, quarter, year, decade, century

    /// The ISO 8601 duration of `n` of this unit ("P2W", "PT3H", "P10Y"); `n` nil gives the vague "PXW".
    func duration(_ n: Double?) -> String {
        func num(_ scale: Double) -> String {
            guard let n else { return "X" }
            let v = n * scale
            return v == v.rounded() ? String(Int(v)) : String(v)
        }
        // fractions as the next smaller unit: "2 1/2 years" → P2Y6M, "a minute and a half" → PT1M30S
        if let n, n != n.rounded(), n > 1 {
            let whole = Int(n.rounded(.down)), rest = n - n.rounded(.down)
            switch self {
            case .year: if (rest * 12) == (rest * 12).rounded() { return "P\(whole)Y\(Int(rest * 12))M" }
            case .minute: if (rest * 60) == (rest * 60).rounded() { return "PT\(whole)M\(Int(rest * 60))S" }
            case .day: if (rest * 24) == (rest * 24).rounded() { return "P\(whole)DT\(Int(rest * 24))H" }
            default: break
            }
        }
        switch self {
        case .second: return "PT" + num(1) + "S"
        case .minute: return "PT" + num(1) + "M"
        case .hour:
            if let n, n > 1, n != n.rounded(), (n * 60) == (n * 60).rounded() {
                return "PT" + String(Int(n)) + "H" + String(Int((n - n.rounded(.down)) * 60)) + "M"
            }
            return "PT" + num(1) + "H"
        case .day: return "P" + num(1) + "D"
        case .week: return "P" + num(1) + "W"
        case .weekend: return "P" + num(2) + "D"
        case .month: return "P" + num(1) + "M"
        case .quarter: return "P" + num(1) + "Q"
        case .year: return "P" + num(1) + "Y"
        case .decade: return n == nil ? "PXDE" : "P" + num(10) + "Y"
        case .century: return n == nil ? "PXC" : "P" + num(100) + "Y"
        }
    }
}

/// What a word can contribute to a time expression.
enum TimeWord: Sendable, Hashable {
    case month(Int, abbreviated: Bool)
    case weekday(Int, plural: Bool)
    case season(String)
    case unit(TimeUnit, plural: Bool)
    /// A number written out ("two", "twenty", "dozen"), or digits.
    case number(Int)
    case ordinal(Int)
    case partOfDay(String)
    case deictic(Deictic)
    case relative(Relative)
    /// A word that gives the expression a TimeML `mod` by itself ("about", "nearly", "over").
    case modifier(String)
    /// "early", "late", "mid", "earlier", "later": START, END, MID before a date.
    case boundary(String)
    case frequency(TimeUnit)
    case function(Function)
    case holiday(Holiday)
    case meridiem(pm: Bool)
    /// Digits, with how many there are ("1998" is 4).
    case digits(Int, length: Int)
    /// "1990s": the decade's first three digits.
    case decadeDigits(Int)
    /// "nineties", "80s" (after an apostrophe): a decade named without its century, 2…9.
    case decadeOfCentury(Int)
    /// A hyphenated word that may hold a time ("two-year", "third-quarter").
    case compound

    enum Deictic: UInt8, Sendable, Hashable {
        case today, yesterday, tomorrow, tonight, now, currently, current, recently, recent, previously, soon,
             future, past, nowadays, lately, formerly
    }

    enum Relative: UInt8, Sendable, Hashable {
        case last, next, this, past, previous, coming, following, latest, currentQuarter
    }

    enum Function: UInt8, Sendable, Hashable {
        case the, a, of, ago, earlier, later, hence, than, more, less, at, least, most, just, up, to, fiscal,
             every, each, per, half, several, few, couple, many, some, and, comma, end, beginning, start,
             middle, yearEarlier, from, year, noon, midnight, same, other, recentYears, mostRecent, times, these,
             moreOf
    }

    enum Holiday: UInt8, Sendable, Hashable {
        case christmas, christmasEve, newYearsDay, newYearsEve, thanksgiving, independenceDay, halloween,
             valentines, laborDay, memorialDay, easter, electionDay
    }
}

/// The finite word lists of the times stage, loaded once.
///
/// Every entry is stored under its lower-case, Capitalised and UPPER-CASE
/// spellings so a token's own text is the key: no lower-casing per token.
final class TimeLexicon: Sendable {
    static let shared = TimeLexicon()

    let words: [String: TimeWord]
    /// A 64K-bit filter over the keys' first two bytes, last byte and length: most tokens of a
    /// text are no time word, and this answers them without hashing the string.
    let filter: [UInt64]
    /// Words that tell a clause's tense: true for future, false for past.
    let tense: [String: Bool]

    private init() {
        var w: [String: TimeWord] = [:]
        func add(_ key: String, _ v: TimeWord) {
            w[key] = v
            w[key.prefix(1).uppercased() + key.dropFirst()] = v
            w[key.uppercased()] = v
        }
        let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                      "october", "november", "december"]
        for (i, m) in months.enumerated() {
            add(m, .month(i + 1, abbreviated: false))
            let ab = String(m.prefix(3))
            if ab != "may" {
                add(ab + ".", .month(i + 1, abbreviated: true))
                add(ab, .month(i + 1, abbreviated: true))
            }
        }
        add("sept.", .month(9, abbreviated: true))
        add("sept", .month(9, abbreviated: true))
        for (i, d) in ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].enumerated() {
            add(d, .weekday(i + 1, plural: false))
            add(d + "s", .weekday(i + 1, plural: true))
        }
        for (k, v) in [("spring", "SP"), ("summer", "SU"), ("fall", "FA"), ("autumn", "FA"), ("winter", "WI")] {
            add(k, .season(v))
        }
        let units: [(String, String, TimeUnit)] = [
            ("second", "seconds", .second), ("minute", "minutes", .minute), ("hour", "hours", .hour),
            ("day", "days", .day), ("week", "weeks", .week), ("weekend", "weekends", .weekend),
            ("month", "months", .month), ("quarter", "quarters", .quarter), ("year", "years", .year),
            ("decade", "decades", .decade), ("century", "centuries", .century),
        ]
        for (s, p, u) in units {
            add(s, .unit(u, plural: false))
            add(p, .unit(u, plural: true))
        }
        add("yr", .unit(.year, plural: false))
        add("yrs", .unit(.year, plural: true))
        add("min", .unit(.minute, plural: false))
        add("mins", .unit(.minute, plural: true))
        add("hrs", .unit(.hour, plural: true))
        let ones = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
        for (i, n) in ones.enumerated() { add(n, .number(i + 1)) }
        for (i, n) in ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"].enumerated() {
            add(n, .number((i + 2) * 10))
        }
        add("hundred", .number(100))
        add("dozen", .number(12))
        let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                        "eleventh", "twelfth"]
        // "second" stays a unit; the matcher reads it as an ordinal before "quarter"/"half".
        for (i, o) in ordinals.enumerated() where o != "second" { add(o, .ordinal(i + 1)) }
        for (k, v) in [("morning", "MO"), ("afternoon", "AF"), ("evening", "EV"), ("night", "NI"), ("overnight", "NI")] {
            add(k, .partOfDay(v))
        }
        let deictics: [(String, TimeWord.Deictic)] = [
            ("today", .today), ("yesterday", .yesterday), ("tomorrow", .tomorrow), ("tonight", .tonight),
            ("now", .now), ("currently", .currently), ("current", .current), ("recently", .recently),
            ("recent", .recent), ("previously", .previously), ("soon", .soon), ("future", .future),
            ("nowadays", .nowadays), ("lately", .lately), ("formerly", .formerly),
        ]
        for (k, v) in deictics { add(k, .deictic(v)) }
        let relatives: [(String, TimeWord.Relative)] = [
            ("last", .last), ("next", .next), ("this", .this), ("previous", .previous), ("coming", .coming),
            ("following", .following), ("latest", .latest), ("prior", .previous), ("past", .past),
        ]
        for (k, v) in relatives { add(k, .relative(v)) }
        let modifiers: [(String, String)] = [
            ("about", "APPROX"), ("around", "APPROX"), ("approximately", "APPROX"), ("roughly", "APPROX"),
            ("nearly", "LESS_THAN"), ("almost", "LESS_THAN"), ("over", "MORE_THAN"), ("under", "LESS_THAN"),
            ("within", "LESS_THAN"), ("some", "APPROX"),
        ]
        for (k, v) in modifiers { add(k, .modifier(v)) }
        for (k, v) in [("early", "START"), ("late", "END"), ("mid", "MID"), ("earlier", "START"), ("later", "END")] {
            add(k, .boundary(v))
        }
        let frequencies: [(String, TimeUnit)] = [
            ("hourly", .hour), ("daily", .day), ("nightly", .day), ("weekly", .week), ("monthly", .month),
            ("annually", .year), ("yearly", .year),
        ]
        for (k, v) in frequencies { add(k, .frequency(v)) }
        let functions: [(String, TimeWord.Function)] = [
            ("the", .the), ("a", .a), ("an", .a), ("of", .of), ("ago", .ago), ("earlier", .earlier),
            ("later", .later), ("hence", .hence), ("than", .than), ("more", .more), ("less", .less), ("fewer", .less),
            ("at", .at), ("least", .least), ("most", .most), ("just", .just), ("up", .up), ("to", .to),
            ("fiscal", .fiscal), ("every", .every), ("each", .each), ("per", .per), ("half", .half),
            ("several", .several), ("few", .few), ("couple", .couple), ("many", .many), ("and", .and), (",", .comma),
            ("end", .end), ("beginning", .beginning), ("start", .start), ("middle", .middle),
            ("year-earlier", .yearEarlier), ("year-ago", .yearEarlier), ("from", .from), ("noon", .noon),
            ("midnight", .midnight), ("same", .same), ("other", .other), ("times", .times), ("once", .times),
            ("twice", .times), ("midday", .noon), ("these", .these), ("additional", .moreOf), ("further", .moreOf),
            ("extra", .moreOf),
        ]
        for (k, v) in functions { add(k, .function(v)) }
        let holidays: [(String, TimeWord.Holiday)] = [
            ("christmas", .christmas), ("thanksgiving", .thanksgiving), ("halloween", .halloween),
            ("easter", .easter), ("election", .electionDay),
        ]
        for (k, v) in holidays { add(k, .holiday(v)) }
        for (i, d) in ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"].enumerated() {
            add(d, .decadeOfCentury(i + 2))
        }
        for (k, pm) in [("a.m.", false), ("am", false), ("p.m.", true), ("pm", true)] { add(k, .meridiem(pm: pm)) }
        // "earlier", "later" are both a boundary ("earlier this month") and a function ("a year earlier");
        // the function entry wins in the table and the matcher reads it as a boundary before "this".
        add("earlier", .function(.earlier))
        add("later", .function(.later))
        add("am", .meridiem(pm: false))
        w["AM"] = .meridiem(pm: false)
        w["Am"] = nil
        w["May"] = .month(5, abbreviated: false)
        w["may"] = nil  // the modal verb
        w["MAY"] = nil
        w["March"] = .month(3, abbreviated: false)
        w["march"] = nil
        w["fall"] = .season("FA")
        words = w
        var bits = [UInt64](repeating: 0, count: 1024)
        for key in w.keys {
            let h = Self.signature(key.utf8)
            bits[h >> 6] |= 1 << UInt64(h & 63)
        }
        filter = bits

        var t: [String: Bool] = [:]
        func cue(_ k: String, _ future: Bool) {
            t[k] = future
            t[k.prefix(1).uppercased() + k.dropFirst()] = future
        }
        for k in ["will", "'ll", "wo", "shall", "would", "expected", "expects", "expect", "expecting", "scheduled", "slated", "due",
                  "plans", "plan", "planned", "planning", "upcoming", "intends", "intend", "hope", "hopes", "going", "supposed",
                  "aims", "next", "tomorrow", "seeks"] {
            cue(k, true)
        }
        // "might lead to gains in November"
        cue("might", true)
        // "may", "can", "chances" only in lower case: "May" is a month, "Can" and "Chances" begin names
        for k in ["may", "can", "chance", "chances"] { t[k] = true }
        for k in ["was", "were", "had", "did", "said", "told", "met", "took", "came", "went", "gave", "held", "left",
                  "began", "won", "lost", "saw", "sent", "spoke", "ago", "yesterday", "fell", "rose", "made",
                  "got", "became", "brought", "bought", "sold", "paid", "struck", "hit", "put", "set", "quit",
                  "led", "fled", "shot", "broke", "wrote", "ran", "found", "thought", "heard", "felt", "kept",
                  "earlier", "closed", "ended", "agreed", "since", "died"] {
            cue(k, false)
        }
        tense = t
    }

    /// What a token contributes, by its text.
    @inline(__always) func word(_ text: String) -> TimeWord? {
        let h = Self.signature(text.utf8)
        guard filter[h >> 6] & (1 << UInt64(h & 63)) != 0 else { return nil }
        return words[text]
    }

    /// A 16-bit digest of a word's first two bytes, last byte and length.
    @inline(__always) static func signature(_ u: String.UTF8View) -> Int {
        guard let first = u.first, let last = u.last else { return 0 }
        let second = u.count > 1 ? u[u.index(after: u.startIndex)] : 0
        let k = UInt64(first) | UInt64(second) << 8 | UInt64(last) << 16 | UInt64(min(u.count, 255)) << 24
        return Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> 48)
    }
}
