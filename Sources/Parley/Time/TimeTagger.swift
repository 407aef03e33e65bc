/// Finds time expressions and gives them TIMEX3 types and values, resolved
/// against the article's date.
///
/// Dates ("May 27, 2018", "June 12", "2005", "the 1990s", "the first quarter"),
/// times ("9 a.m.", "Monday morning", "tonight"), durations ("two weeks",
/// "just over two weeks", "the past three years", "five-year"), sets
/// ("every Monday", "weekly"), and expressions relative to the article's date
/// ("on Monday", "last week", "earlier this month", "two years ago", "now").
/// A bare weekday or month points the way the clause's tense does: "who on
/// Thursday pulled out" is the Thursday before, "is slated to meet on Tuesday"
/// the Tuesday after, the article's own weekday is that day. Without an article
/// date, relative expressions keep TimeML's unresolved forms (`XXXX-WXX-1`,
/// `XXXX-05-27`) or no value: Parley never takes the date from the clock.
public struct TimeTagger: Stage {
    public let name = "times"

    public init() {}

    public func process(_ doc: inout Document) {
        let dct = doc.info.published.flatMap { CalendarDate(iso: $0) }
        let tagging = TimeTagging(doc: doc, dct: dct)
        doc.times = tagging.run()
    }
}

/// The working state of ``TimeTagger`` for one document.
struct TimeTagging {
    let doc: Document
    let toks: [Token]
    let w: [String]
    let dct: CalendarDate?
    /// The quarter an earnings report is about ("third-quarter", "the third quarter"), which makes
    /// "a year earlier" that quarter a year before.
    let reportQuarter: Int?

    init(doc: Document, dct: CalendarDate?) {
        self.doc = doc
        self.toks = doc.tokens
        let w = doc.tokens.map { $0.text.lowercased() }
        self.w = w
        self.dct = dct
        var quarter: Int?
        for (i, x) in w.enumerated() {
            if x.hasSuffix("-quarter"), let q = TimeLexicon.ordinals[String(x.dropLast(8))] { quarter = q; break }
            if x == "quarter", i > 0, let q = TimeLexicon.ordinals[w[i - 1]] { quarter = q; break }
        }
        self.reportQuarter = quarter
    }

    /// The year before the article's, at the report's quarter when it has one.
    var yearAgo: String? {
        guard let dct else { return nil }
        return pad(dct.year - 1, 4) + (reportQuarter.map { "-Q\($0)" } ?? "")
    }

    struct Match {
        var end: Int
        var type: TimeType
        var value: String?
        var mod: String? = nil
    }

    func run() -> [TimeExpression] {
        var out: [TimeExpression] = []
        for s in doc.sentences {
            let r = s.tokenRange
            var i = r.lowerBound
            while i < r.upperBound {
                if let m = match(i, r) {
                    let a = toks[i].start, b = toks[m.end - 1].end
                    out.append(TimeExpression(text: doc.slice(a, b), start: a, end: b, type: m.type, value: m.value, mod: m.mod))
                    i = m.end
                } else {
                    i += 1
                }
            }
        }
        return out
    }

    func word(_ i: Int, _ r: Range<Int>) -> String { r.contains(i) ? w[i] : "" }

    func starts(_ words: [String], at i: Int, _ r: Range<Int>) -> Bool {
        guard i + words.count <= r.upperBound else { return false }
        for (k, x) in words.enumerated() where w[i + k] != x { return false }
        return true
    }

    // MARK: - Dispatch

    func match(_ i: Int, _ r: Range<Int>) -> Match? {
        for (words, mod) in TimeLexicon.pointMods where starts(words, at: i, r) {
            if var m = point(i + words.count, r), m.type == .date { m.mod = mod; return m }
        }
        for (words, mod) in TimeLexicon.quantityMods where starts(words, at: i, r) {
            if var m = duration(i + words.count, r) { m.mod = m.type == .duration ? mod : (mod == "MORE_THAN" ? "BEFORE" : mod); return m }
        }
        return set(i, r) ?? relativeToArticle(i, r) ?? point(i, r) ?? duration(i, r) ?? bareUnit(i, r)
    }

    /// Business-news expressions anchored on the article's date: "third-quarter", "the latest quarter",
    /// "a year earlier", "the year-earlier period", "the year", "the weekend", "fiscal 1989".
    func relativeToArticle(_ i: Int, _ r: Range<Int>) -> Match? {
        let x = w[i]
        let parts = x.split(separator: "-")
        if parts.count == 2, parts[1] == "quarter", let q = TimeLexicon.ordinals[String(parts[0])] {
            return Match(end: i + 1, type: .date, value: dct.map { pad($0.year, 4) + "-Q\(q)" })
        }
        if x == "year-earlier" || x == "year-ago" {
            return Match(end: i + 1, type: .date, value: yearAgo)
        }
        if x == "fiscal", i + 1 < r.upperBound, let y = fourDigitYear(i + 1) { return Match(end: i + 2, type: .date, value: String(y)) }
        guard x == "the", i + 1 < r.upperBound else { return nil }
        var j = i + 1
        if w[j] == "fiscal" || w[j] == "latest" || w[j] == "same" { j += 1 }
        guard j < r.upperBound else { return nil }
        if (w[j] == "year-earlier" || w[j] == "year-ago"), j + 1 < r.upperBound, ["period", "quarter", "year", "months"].contains(w[j + 1]) {
            return Match(end: j + 2, type: .date, value: yearAgo)
        }
        guard let dct else { return nil }
        switch w[j] {
        case "year" where j + 1 >= r.upperBound || !["-", "ago", "earlier"].contains(w[j + 1]):
            // "the year ended Aug. 31" is a year's length, not this year
            if j + 1 < r.upperBound, ["ended", "ending", "ends", "to", "through"].contains(w[j + 1]) {
                return Match(end: j + 1, type: .duration, value: "P1Y")
            }
            return Match(end: j + 1, type: .date, value: pad(dct.year, 4))
        case "quarter":
            // the quarter just reported: the last one that has ended
            return Match(end: j + 1, type: .date, value: unitValue("Q", dct, -1))
        case "weekend":
            // the weekend just past, unless the article is written on one
            let day = dct.weekday >= 6 ? dct : dct.adding(days: -dct.weekday)
            return Match(end: j + 1, type: .date, value: day.isoWeekString + "-WE")
        default:
            return nil
        }
    }

    /// A plural unit alone: "for years", "in recent weeks" (TimeML marks the unit word).
    func bareUnit(_ i: Int, _ r: Range<Int>) -> Match? {
        guard let (u, clock) = TimeLexicon.units[w[i]], !clock, w[i].hasSuffix("s"), w[i] != "weekends", w[i] != "quarters" else { return nil }
        if i + 1 < r.upperBound, w[i + 1] == "ago" { return Match(end: i + 2, type: .date, value: "PAST_REF") }
        return Match(end: i + 1, type: .duration, value: "PX" + u)
    }

    // MARK: - Points in time

    func point(_ i: Int, _ r: Range<Int>) -> Match? {
        guard r.contains(i) else { return nil }
        let x = w[i]
        let tok = toks[i]
        if x.count == 10, let d = CalendarDate(iso: x) { return Match(end: i + 1, type: .date, value: d.iso) }
        if let m = monthFirst(i, r) { return m }
        if tok.kind == .number, let m = dayFirst(i, r) { return m }
        if let wd = TimeLexicon.weekdays[x], tok.isCapitalized { return weekday(wd, from: i, end: i + 1, r, shift: 0) }
        if let m = relativeUnit(i, r) { return m }
        if let m = anchored(i, r) { return m }
        if let m = clock(i, r) { return m }
        if let m = quarter(i, r) { return m }
        if let m = season(i, r) { return m }
        if let m = year(i, r) { return m }
        return nil
    }

    /// "May 27, 2018", "June 12", "May 2018", "in May".
    func monthFirst(_ i: Int, _ r: Range<Int>) -> Match? {
        guard toks[i].isCapitalized, let month = MonthNames.month(w[i]) else { return nil }
        if i + 1 < r.upperBound, toks[i + 1].kind == .number, let day = Int(w[i + 1]), (1...31).contains(day) {
            var j = i + 2
            if j < r.upperBound, w[j] == "," { j += 1 }
            if j < r.upperBound, let y = fourDigitYear(j) {
                return Match(end: j + 1, type: .date, value: CalendarDate(year: y, month: month, day: day)?.iso)
            }
            return Match(end: i + 2, type: .date, value: monthDay(month, day, direction(i, i + 2, r)))
        }
        if i + 1 < r.upperBound, let y = fourDigitYear(i + 1) {
            return Match(end: i + 2, type: .date, value: pad(y, 4) + "-" + pad(month, 2))
        }
        // a month alone: "May" and "March" only after a word that makes them months
        let prev = word(i - 1, r)
        let cues: Set<String> = ["in", "since", "until", "till", "by", "from", "of", "through", "last", "next", "this", "early",
                                 "late", "mid", "before", "after", "during", "to", "end", "beginning", "middle", "between", "and"]
        if (w[i] == "may" || w[i] == "march") && !cues.contains(prev) { return nil }
        if MonthNames.month(toks[i].text) != nil, toks[i].text.hasSuffix("."), !cues.contains(prev) { return nil }
        guard let dct else { return Match(end: i + 1, type: .date, value: "XXXX-" + pad(month, 2)) }
        var year = dct.year
        switch prev == "last" ? -1 : prev == "next" ? 1 : direction(i, i + 1, r) {
        case -1: if month > dct.month { year -= 1 }
        case 1: if month < dct.month { year += 1 }
        default: break
        }
        return Match(end: i + 1, type: .date, value: pad(year, 4) + "-" + pad(month, 2))
    }

    /// "27 May 2018", "27 May".
    func dayFirst(_ i: Int, _ r: Range<Int>) -> Match? {
        guard let day = Int(w[i]), (1...31).contains(day), i + 1 < r.upperBound, toks[i + 1].isCapitalized,
              let month = MonthNames.month(w[i + 1]) else { return nil }
        if i + 2 < r.upperBound, let y = fourDigitYear(i + 2) {
            return Match(end: i + 3, type: .date, value: CalendarDate(year: y, month: month, day: day)?.iso)
        }
        return Match(end: i + 2, type: .date, value: monthDay(month, day, direction(i, i + 2, r)))
    }

    func fourDigitYear(_ j: Int) -> Int? {
        guard toks[j].kind == .number, w[j].count == 4, let y = Int(w[j]), (1000...2199).contains(y) else { return nil }
        return y
    }

    /// The year of a month and day without one: the one the tense points to, else the nearest.
    func monthDay(_ month: Int, _ day: Int, _ dir: Int) -> String? {
        guard let dct else { return "XXXX-" + pad(month, 2) + "-" + pad(day, 2) }
        let candidates = [dct.year - 1, dct.year, dct.year + 1].compactMap { CalendarDate(year: $0, month: month, day: day) }
        let chosen: CalendarDate?
        let nearest = candidates.min { abs($0.dayNumber - dct.dayNumber) < abs($1.dayNumber - dct.dayNumber) }
        switch dir {
        case -1: chosen = candidates.filter { $0 <= dct }.max()
        case 1: chosen = candidates.filter { $0 >= dct }.min()
        default: chosen = nearest
        }
        // tense points the way only within about ten months; beyond it the nearest date is likelier
        if let c = chosen, let n = nearest, abs(c.dayNumber - dct.dayNumber) > 300, abs(n.dayNumber - dct.dayNumber) <= 183 { return n.iso }
        return chosen?.iso
    }

    /// A weekday, with "morning"/"night" after it making it a time.
    func weekday(_ wd: Int, from i: Int, end: Int, _ r: Range<Int>, shift: Int) -> Match {
        var e = end
        var part: String?
        if e < r.upperBound, let p = TimeLexicon.dayParts[w[e]] { part = p; e += 1 }
        guard let dct else {
            return Match(end: e, type: part == nil ? .date : .time, value: "XXXX-WXX-\(wd)")
        }
        var date: CalendarDate
        let delta = wd - dct.weekday
        switch shift {
        case -1: date = dct.adding(days: delta < 0 ? delta : delta - 7)          // last Monday
        case 1: date = dct.adding(days: delta > 0 ? delta : delta + 7)           // next Monday
        case 2: date = dct.adding(days: delta)                                    // this Monday
        default:
            if delta == 0 { date = dct }
            else {
                // "on Monday and Tuesday": the second weekday goes the way of the first
                var a = i
                while a - 2 >= r.lowerBound, ["and", "or", "through", "to", "-", ","].contains(w[a - 1]), TimeLexicon.weekdays[w[a - 2]] != nil { a -= 2 }
                let dir = direction(a, a == i ? end : a + 1, r)
                date = dir > 0 ? dct.adding(days: delta > 0 ? delta : delta + 7) : dct.adding(days: delta < 0 ? delta : delta - 7)
            }
        }
        return Match(end: e, type: part == nil ? .date : .time, value: date.iso)
    }

    /// "this week", "last month", "next year", "this weekend", "last Monday", "this summer", "last night".
    func relativeUnit(_ i: Int, _ r: Range<Int>) -> Match? {
        let x = w[i]
        let shift: Int
        switch x {
        case "this", "current": shift = 0
        case "last", "past", "previous": shift = -1
        case "next", "coming": shift = 1
        default: return nil
        }
        guard i + 1 < r.upperBound else { return nil }
        let y = w[i + 1]
        if let wd = TimeLexicon.weekdays[y] { return weekday(wd, from: i, end: i + 2, r, shift: shift == 0 ? 2 : shift) }
        if let p = TimeLexicon.dayParts[y], x == "this" || x == "last" {
            guard let dct else { return Match(end: i + 2, type: .time, value: nil) }
            let day = x == "last" ? dct.adding(days: -1) : dct
            return Match(end: i + 2, type: .time, value: day.iso + "T" + p)
        }
        if let s = TimeLexicon.seasons[y] {
            guard let dct else { return Match(end: i + 2, type: .date, value: "XXXX-" + s) }
            return Match(end: i + 2, type: .date, value: pad(dct.year + shift, 4) + "-" + s)
        }
        if let month = MonthNames.month(toks[i + 1].text), toks[i + 1].isCapitalized, MonthNames.month(y) != nil {
            guard let dct else { return Match(end: i + 2, type: .date, value: "XXXX-" + pad(month, 2)) }
            var year = dct.year
            if shift < 0 && month >= dct.month { year -= 1 }
            if shift > 0 && month <= dct.month { year += 1 }
            return Match(end: i + 2, type: .date, value: pad(year, 4) + "-" + pad(month, 2))
        }
        guard let (unit, clock) = TimeLexicon.units[y], !clock, !y.hasSuffix("s") || y == "weekends" else { return nil }
        // "the past year" is a stretch of time, "past" alone here is "last"
        if x == "past" || (x == "last" && word(i - 1, r) == "the") { return Match(end: i + 2, type: .duration, value: "P1" + unit) }
        guard let dct else { return Match(end: i + 2, type: .date, value: nil) }
        return Match(end: i + 2, type: .date, value: unitValue(unit, dct, shift))
    }

    /// The value of the week, month, year… a number of units from the article's date.
    func unitValue(_ unit: String, _ dct: CalendarDate, _ shift: Int) -> String? {
        switch unit {
        case "D": return dct.adding(days: shift).iso
        case "W": return dct.adding(days: 7 * shift).isoWeekString
        case "WE": return dct.adding(days: 7 * shift).isoWeekString + "-WE"
        case "M":
            var m = dct.month + shift, y = dct.year
            while m < 1 { m += 12; y -= 1 }
            while m > 12 { m -= 12; y += 1 }
            return pad(y, 4) + "-" + pad(m, 2)
        case "Y": return pad(dct.year + shift, 4)
        case "Q":
            var q = (dct.month - 1) / 3 + 1 + shift, y = dct.year
            while q < 1 { q += 4; y -= 1 }
            while q > 4 { q -= 4; y += 1 }
            return pad(y, 4) + "-Q\(q)"
        case "DE": return String(pad(dct.year + 10 * shift, 4).prefix(3))
        default: return nil
        }
    }

    /// "today", "yesterday", "tomorrow", "tonight", "now", "recently", "the future".
    func anchored(_ i: Int, _ r: Range<Int>) -> Match? {
        let x = w[i]
        func day(_ k: Int) -> Match { Match(end: i + 1, type: .date, value: dct?.adding(days: k).iso) }
        switch x {
        case "today": return day(0)
        case "yesterday": return day(-1)
        case "tomorrow": return day(1)
        case "tonight": return Match(end: i + 1, type: .time, value: dct.map { $0.iso + "TNI" })
        case "now", "currently", "nowadays": return Match(end: i + 1, type: .date, value: "PRESENT_REF")
        case "current" where !(i + 1 < r.upperBound && TimeLexicon.units[w[i + 1]] != nil):
            return Match(end: i + 1, type: .date, value: "PRESENT_REF")
        case "recently", "lately", "previously": return Match(end: i + 1, type: .date, value: "PAST_REF")
        case "recent":
            // "in recent years": the past, not a length of time
            if i + 1 < r.upperBound, let (_, clock) = TimeLexicon.units[w[i + 1]], !clock, w[i + 1].hasSuffix("s") {
                return Match(end: i + 2, type: .date, value: "PAST_REF")
            }
            return Match(end: i + 1, type: .date, value: "PAST_REF")
        case "future": return Match(end: i + 1, type: .date, value: "FUTURE_REF")
        case "the":
            if starts(["the", "past"], at: i, r), !(i + 2 < r.upperBound && TimeLexicon.vague.contains(w[i + 2])), !(i + 2 < r.upperBound && (TimeLexicon.units[w[i + 2]] != nil || TimeLexicon.numbers[w[i + 2]] != nil || toks[i + 2].kind == .number)) {
                return Match(end: i + 2, type: .date, value: "PAST_REF")
            }
            if i + 1 < r.upperBound, w[i + 1].count == 5, w[i + 1].hasSuffix("s"), let d = Int(w[i + 1].dropLast()), (1000...2190).contains(d), d % 10 == 0 {
                return Match(end: i + 2, type: .date, value: String(d / 10))   // the 1990s
            }
            return nil
        case "these":
            if starts(["these", "days"], at: i, r) { return Match(end: i + 2, type: .date, value: "PRESENT_REF") }
            return nil
        case "at":
            if starts(["at", "present"], at: i, r) { return Match(end: i + 2, type: .date, value: "PRESENT_REF") }
            return nil
        default:
            return nil
        }
    }

    /// "9 a.m.", "3:30 p.m.", "noon", "midnight" on the article's day (or the weekday before them).
    func clock(_ i: Int, _ r: Range<Int>) -> Match? {
        let x = w[i]
        var hour: Int?, minute = 0, end = i + 1
        if x == "noon" { hour = 12 } else if x == "midnight" { hour = 24 }
        else if toks[i].kind == .number || x.contains(":") {
            let parts = x.split(separator: ":")
            guard let first = parts.first, let h = Int(first), (1...12).contains(h), i + 1 < r.upperBound, w[i + 1] == "a.m." || w[i + 1] == "p.m." || w[i + 1] == "am" || w[i + 1] == "pm" else { return nil }
            if parts.count == 2, let m = Int(parts[1]) { minute = m }
            hour = w[i + 1].hasPrefix("p") && h < 12 ? h + 12 : (w[i + 1].hasPrefix("a") && h == 12 ? 0 : h)
            end = i + 2
        }
        guard let hour else { return nil }
        let t = "T" + pad(hour, 2) + ":" + pad(minute, 2)
        return Match(end: end, type: .time, value: (dct?.iso ?? "XXXX-XX-XX") + t)
    }

    /// "the first quarter", "the third quarter of 2017".
    func quarter(_ i: Int, _ r: Range<Int>) -> Match? {
        var j = i
        if w[j] == "the" { j += 1 }
        guard j + 1 < r.upperBound, let q = TimeLexicon.ordinals[w[j]], w[j + 1] == "quarter" else { return nil }
        var e = j + 2
        var year = dct?.year
        if e + 1 < r.upperBound, w[e] == "of", let y = fourDigitYear(e + 1) { year = y; e += 2 }
        return Match(end: e, type: .date, value: year.map { pad($0, 4) + "-Q\(q)" })
    }

    /// "summer 2018", "the summer of 2018".
    func season(_ i: Int, _ r: Range<Int>) -> Match? {
        guard let s = TimeLexicon.seasons[w[i]] else { return nil }
        if i + 1 < r.upperBound, let y = fourDigitYear(i + 1) { return Match(end: i + 2, type: .date, value: pad(y, 4) + "-" + s) }
        if i + 2 < r.upperBound, w[i + 1] == "of", let y = fourDigitYear(i + 2) { return Match(end: i + 3, type: .date, value: pad(y, 4) + "-" + s) }
        return nil
    }

    /// "2005", "1990s", "mid-1990s".
    func year(_ i: Int, _ r: Range<Int>) -> Match? {
        let x = w[i]
        if let y = fourDigitYear(i), (1900...2100).contains(y) {
            if ["%", "percent", "people", "troops", "votes", "soldiers"].contains(word(i + 1, r)) { return nil }
            return Match(end: i + 1, type: .date, value: String(y))
        }
        if x.count == 5, x.hasSuffix("s"), let d = Int(x.dropLast()), (1900...2090).contains(d), d % 10 == 0 {
            return Match(end: i + 1, type: .date, value: String(d / 10))
        }
        if x.hasPrefix("mid-"), x.count == 9, x.hasSuffix("s"), let d = Int(x.dropFirst(4).dropLast()), d % 10 == 0 {
            return Match(end: i + 1, type: .date, value: String(d / 10), mod: "MID")
        }
        return nil
    }

    // MARK: - Durations and sets

    /// "two weeks", "a year", "18 months", "several years", "the past three years", "five-year", "years".
    func duration(_ i: Int, _ r: Range<Int>) -> Match? {
        guard r.contains(i) else { return nil }
        var j = i
        var periodic = false
        if w[j] == "the", j + 1 < r.upperBound, ["past", "last", "next", "previous", "coming", "first", "final"].contains(w[j + 1]) { j += 2; periodic = true }
        else if w[j] == "the", j + 1 < r.upperBound, TimeLexicon.numbers[w[j + 1]] != nil || toks[j + 1].kind == .number, w[j + 1] != "a" { j += 1 }
        // "five-year", "24-hour"
        if j < r.upperBound, w[j].contains("-") {
            let parts = w[j].split(separator: "-")
            if parts.count == 2, let n = TimeLexicon.numbers[String(parts[0])] ?? Int(parts[0]), let (u, clock) = TimeLexicon.units[String(parts[1])] {
                return Match(end: j + 1, type: .duration, value: durationValue(n, u, clock))
            }
        }
        var n: Int?
        var vague = false
        if j < r.upperBound {
            if let k = TimeLexicon.numbers[w[j]] { n = k; j += 1 }
            else if toks[j].kind == .number, let k = Int(w[j].replacingOccurrences(of: ",", with: "")) { n = k; j += 1 }
            else if TimeLexicon.vague.contains(w[j]) && !periodic { vague = true; j += 1 }
            else if periodic { n = 1 }
        }
        if n == nil && !vague {
            // "for years", "for decades"
            if w[i] == "for", i + 1 < r.upperBound, let (u, clock) = TimeLexicon.units[w[i + 1]], w[i + 1].hasSuffix("s"), !clock {
                return Match(end: i + 2, type: .duration, value: "PX" + u)
            }
            return nil
        }
        if j < r.upperBound, w[j] == "few" { vague = true; j += 1 }
        if j < r.upperBound, w[j] == "of" { j += 1 }
        guard j < r.upperBound, let (u, clock) = TimeLexicon.units[w[j]] else { return nil }
        // "a year" needs the singular; "two year" is not English
        if let k = n, k != 1, !w[j].hasSuffix("s") && w[j] != "century" && !periodic { return nil }
        let end = j + 1
        if end < r.upperBound, w[end] == "ago" || w[end] == "earlier", u == "Y", n == 1, reportQuarter != nil, !vague {
            return Match(end: end + 1, type: .date, value: yearAgo)
        }
        if end < r.upperBound, w[end] == "ago", let dct, let k = n, !vague {
            return Match(end: end + 1, type: .date, value: agoValue(k, u, dct))
        }
        if end < r.upperBound, w[end] == "ago" { return Match(end: end + 1, type: .date, value: "PAST_REF") }
        // "a year earlier": counted back from the article's date
        if end < r.upperBound, w[end] == "earlier" || w[end] == "later", let dct, let k = n, !vague, ["D", "W", "M", "Y", "Q"].contains(u) {
            let sign = w[end] == "earlier" ? -1 : 1
            let value = u == "D" || u == "W" ? dct.adding(days: sign * k * (u == "W" ? 7 : 1)).iso : unitValue(u, dct, sign * k)
            return Match(end: end + 1, type: .date, value: value)
        }
        if i == j - 1 && (w[i] == "a" || w[i] == "an"), end < r.upperBound, ["day", "week", "month", "year"].contains(w[j]) == false { return nil }
        return Match(end: end, type: .duration, value: vague ? "PX" + u : durationValue(n ?? 1, u, clock))
    }

    func durationValue(_ n: Int, _ unit: String, _ clock: Bool) -> String {
        if unit == "DE" { return "P\(n * 10)Y" }
        if unit == "CE" { return "P\(n * 100)Y" }
        return (clock ? "PT" : "P") + "\(n)" + unit
    }

    func agoValue(_ n: Int, _ unit: String, _ dct: CalendarDate) -> String? {
        switch unit {
        case "D": return dct.adding(days: -n).iso
        case "W": return dct.adding(days: -7 * n).iso
        case "M", "Y", "Q", "DE": return unitValue(unit, dct, -n * (unit == "DE" ? 1 : 1))
        default: return "PAST_REF"
        }
    }

    /// "every Monday", "each year", "every two weeks", "weekly", "daily".
    func set(_ i: Int, _ r: Range<Int>) -> Match? {
        let x = w[i]
        let adverbs: [String: String] = ["daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H"]
        if let v = adverbs[x] { return Match(end: i + 1, type: .set, value: v) }
        guard x == "every" || x == "each", i + 1 < r.upperBound else { return nil }
        if let wd = TimeLexicon.weekdays[w[i + 1]] { return Match(end: i + 2, type: .set, value: "XXXX-WXX-\(wd)") }
        if let (u, clock) = TimeLexicon.units[w[i + 1]] { return Match(end: i + 2, type: .set, value: durationValue(1, u, clock)) }
        if i + 2 < r.upperBound, let n = TimeLexicon.numbers[w[i + 1]] ?? Int(w[i + 1]), let (u, clock) = TimeLexicon.units[w[i + 2]] {
            return Match(end: i + 3, type: .set, value: durationValue(n, u, clock))
        }
        return nil
    }

    // MARK: - Tense

    static let irregularPast: Set<String> = [
        "met", "held", "said", "told", "took", "made", "went", "came", "left", "gave", "sent", "began", "saw", "spoke",
        "led", "won", "lost", "fell", "rose", "struck", "fought", "brought", "found", "became", "wrote", "ran", "stood",
        "went",
        "paid", "kept", "put", "cut", "hit", "shot", "flew", "drew", "threw", "broke", "chose", "sought", "withdrew",
    ]

    /// -1 when the clause around an expression is in the past, 1 in the future, 0 when it does not say.
    func direction(_ a: Int, _ b: Int, _ r: Range<Int>) -> Int {
        func cue(_ k: Int) -> Int {
            let x = w[k]
            if TimeLexicon.futureCues.contains(x) {
                if x == "to" { return k + 1 < r.upperBound && toks[k + 1].isLowercaseWord && !w[k + 1].hasSuffix("ed") ? 0 : 0 }
                return 1
            }
            if TimeLexicon.pastCues.contains(x) || TimeTagging.irregularPast.contains(x) { return -1 }
            if x.count > 4, x.hasSuffix("ed"), toks[k].isLowercaseWord { return -1 }
            return 0
        }
        // the nearest tense word in the sentence decides
        for d in 1...max(1, r.count) {
            if a - d >= r.lowerBound { let c = cue(a - d); if c != 0 { return c } }
            if b - 1 + d < r.upperBound { let c = cue(b - 1 + d); if c != 0 { return c } }
        }
        return 0
    }
}
