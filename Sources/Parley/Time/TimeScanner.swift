/// The matcher of ``TimeTagger``: a small recursive-descent grammar over the
/// tokens' lexicon classes, trying only tokens that can start an expression.
struct TimeScanner {
    let tokens: [Token]
    let resolver: TimeResolver
    let lex = TimeLexicon.shared
    /// Each token's lexicon class, looked up once.
    let words: [TimeWord?]
    /// The current sentence's token range.
    var range: Range<Int> = 0..<0
    /// The last quarter named in the document ("1989-Q3"), for "a year earlier" in results reports.
    var lastQuarter: (year: Int, q: Int)?
    /// The last calendar date named in the document, for "the following year" in a narrative.
    var lastDate: (year: Int, month: Int?, day: Int?)?
    /// Where the last named day ends (a token index), for a clock time told just after it.
    var lastDayEnd = -1
    /// The last quarter mentioned at all, a year-ago one included, for "that quarter".
    var mentionedQuarter: String?
    /// The last month named with its year written out ("January 2017", "March 2, 2015"), and where it ends:
    /// a month or day told soon after without one is in that year's run ("… in January 2017, run in a
    /// special election in November").
    var lastWrittenMonth: (end: Int, year: Int, month: Int, day: Bool)?
    /// The last month named alone (where it ends, its year and month), for a month joined to it.
    var lastBareMonth: (end: Int, year: Int, month: Int)?

    init(tokens: [Token], resolver: TimeResolver) {
        self.tokens = tokens
        self.resolver = resolver
        let lex = TimeLexicon.shared
        words = tokens.map { Self.classify($0, lex) }
    }

    /// Emits the expressions of one sentence, left to right, longest first.
    mutating func scan(_ r: Range<Int>, emit: (TimeHit) -> Void) {
        range = r
        var i = r.lowerBound
        while i < r.upperBound {
            if case .compound? = words[i], let (first, second) = yearRange(i) {
                noteDate(first); emit(first)
                noteDate(second); emit(second)
                i += 1
                continue
            }
            if words[i] != nil, var h = match(i), !isTitle(h) || weekdayOfTitle(&h) {
                followPairedMonth(&h)
                if !h.anaphoric { noteQuarter(h.value); noteDate(h); noteWrittenMonth(h) }
                if h.type == .date, h.value.utf8.count == 7, h.value.utf8.dropFirst(5).first == UInt8(ascii: "Q") {
                    mentionedQuarter = h.value
                }
                emit(h)
                i = max(h.end, i + 1)
            } else {
                i += 1
            }
        }
    }

    /// Keeps the last date written with its year and month; any other date of another year ends its run.
    mutating func noteWrittenMonth(_ h: TimeHit) {
        guard h.type == .date, let y = Self.digitValue(h.value.utf8.prefix(4)) else { return }
        let written = (h.start..<h.end).contains { if case .digits(_, 4)? = words[$0] { return true } else { return false } }
        if written, h.value.utf8.count >= 7, let m = Self.digitValue(h.value.utf8.dropFirst(5).prefix(2)) {
            lastWrittenMonth = (h.end, y, m, h.value.utf8.count == 10)
        } else if let last = lastWrittenMonth, last.year != y {
            lastWrittenMonth = nil
        }
    }

    /// The year of a month (and day) told without one, in a run of dates that began with a written
    /// year other than the paper's, when it comes later in that year and the direction agrees. A story
    /// told of the past steps back often ("the August 1988 cease-fire … the invasion on Aug. 2"), so
    /// there only a day after a written day follows it.
    func narrativeYear(_ i: Int, month m: Int, day: Bool, _ dir: TimeDirection) -> Int? {
        guard let last = lastWrittenMonth, i - last.end < 60, let dct = resolver.dct, last.year != dct.year,
              m >= last.month else { return nil }
        if last.year < dct.year { return dir != .future && day && last.day ? last.year : nil }
        return dir != .past ? last.year : nil
    }

    /// "ads reserved in December and January", "from November through February": a bare month joined
    /// to the bare month before it is the first such month from that one on.
    mutating func followPairedMonth(_ h: inout TimeHit) {
        defer {
            if h.end - h.start == 1, case .month? = words[h.start], h.value.utf8.count == 7,
               let y = Self.digitValue(h.value.utf8.prefix(4)), let m = Self.digitValue(h.value.utf8.suffix(2)) {
                lastBareMonth = (h.end, y, m)
            }
        }
        guard let (end, py, pm) = lastBareMonth, h.start == end + 1, h.end - h.start == 1, case .month(let m, _)? = words[h.start],
              h.value.utf8.count == 7, Self.monthJoints.contains(tokens[end].text) else { return }
        h.value = pad(m >= pm ? py : py + 1, 4) + "-" + pad(m, 2)
    }

    static let monthJoints: Set<String> = ["and", "or", "through", "to", "until", "-"]

    /// Whether a match is part of a title ("ABC's \"This Week\"", "60 Minutes", "High Noon", "USA
    /// Today"): a unit, part of day or "today"/"now" capitalised inside a sentence. A holiday's "Day" is its name.
    func isTitle(_ h: TimeHit) -> Bool {
        if case .holiday? = words[h.start] { return false }
        // "USA TODAY's Paul Singer": the newspaper, in any case
        if case .deictic(.today)? = words[h.start], h.start > range.lowerBound, tokens[h.start - 1].text == "USA" { return true }
        // the sentence's first word, past opening quotes and brackets, is capitalised anyway
        var first = range.lowerBound
        while first < range.upperBound && tokens[first].kind != .word && tokens[first].kind != .number { first += 1 }
        for k in h.start..<h.end where k > first {
            // a quotation or a list item opens with a capital too: `said: "Today we…"`
            if k == h.start, tokens[k - 1].kind != .word, tokens[k - 1].kind != .number, tokens[k - 1].text != "," { continue }
            switch words[k] {
            case .unit?, .partOfDay?, .function(.noon)?, .function(.midnight)?, .deictic(.today)?, .deictic(.now)?,
                 .deictic(.tonight)?, .deictic(.current)?:
                let u = tokens[k].text.utf8
                guard let a = u.first, a >= 65, a <= 90, u.count > 1 else { continue }
                let b = u[u.index(after: u.startIndex)]
                if b >= 97 && b <= 122 { return true }
            default:
                continue
            }
        }
        return false
    }

    /// "on Saturday Night" (a capital the tagger reads as a title's): the weekday alone is still a date.
    func weekdayOfTitle(_ h: inout TimeHit) -> Bool {
        guard h.end - h.start == 2, case .weekday? = words[h.start], case .partOfDay? = words[h.start + 1],
              !(h.end < range.upperBound && tokens[h.end].isCapitalized),  // "Saturday Night Live" is a show
              h.value.utf8.count >= 10, CalendarDate(iso: String(h.value.prefix(10))) != nil else { return false }
        h = TimeHit(start: h.start, end: h.start + 1, type: .date, value: String(h.value.prefix(10)))
        return true
    }

    // MARK: token classes

    static func classify(_ t: Token, _ lex: TimeLexicon) -> TimeWord? {
        if let w = lex.word(t.text) { return w }
        let u = t.text.utf8
        guard let first = u.first, first >= 48 && first <= 57 || t.kind == .word else { return nil }
        if t.kind == .number {
            guard let v = digitValue(u) else { return nil }
            return .digits(v, length: u.count)
        }
        guard t.kind == .word else { return nil }
        if first >= 48 && first <= 57 {
            // "1990s", "12th", "1st"
            var v = 0, n = 0
            for b in u { if b >= 48 && b <= 57 { v = v * 10 + Int(b - 48); n += 1 } else { break } }
            let rest = u.count - n
            if n == 4 && rest == 1 && u.last == UInt8(ascii: "s") && v % 10 == 0 { return .decadeDigits(v / 10) }
            if rest == 2 && n <= 2 { return .ordinal(v) }
            // "'80s": the scanner takes it only after an apostrophe ("in his 30s" is an age)
            if n == 2 && rest == 1 && u.last == UInt8(ascii: "s") && v % 10 == 0 && v >= 20 { return .decadeOfCentury(v / 10) }
        }
        if u.contains(UInt8(ascii: "-")) {
            let parts = t.text.lowercased().split(separator: "-")
            if parts.count == 2, case .number(let tens)? = lex.word(String(parts[0])), tens >= 20, tens % 10 == 0,
               case .number(let ones)? = lex.word(String(parts[1])), ones < 10 {
                return .number(tens + ones)
            }
            return .compound
        }
        return nil
    }

    static func digitValue<C: Collection>(_ u: C) -> Int? where C.Element == UInt8 {
        guard u.count <= 9 else { return nil }
        var v = 0
        for b in u {
            guard b >= 48 && b <= 57 else { return nil }
            v = v * 10 + Int(b - 48)
        }
        return v
    }

    @inline(__always) func w(_ i: Int) -> TimeWord? {
        i >= range.lowerBound && i < range.upperBound ? words[i] : nil
    }

    @inline(__always) func isFn(_ i: Int, _ f: TimeWord.Function) -> Bool {
        if case .function(let g)? = w(i) { return g == f }
        return false
    }

    @inline(__always) func text(_ i: Int) -> String? {
        i >= range.lowerBound && i < range.upperBound ? tokens[i].text : nil
    }

    func hit(_ s: Int, _ e: Int, _ type: TimeType, _ value: String, _ mod: String? = nil) -> TimeHit {
        TimeHit(start: s, end: e, type: type, value: value, mod: mod)
    }

    // MARK: the grammar

    func match(_ i: Int) -> TimeHit? {
        guard let word = w(i) else { return nil }
        switch word {
        case .modifier(let mod):
            if var h = quantity(i + 1) { h.start = i; h.mod = h.mod ?? mod; return h }
            return nil
        case .function(.more), .function(.less):
            guard isFn(i + 1, .than), var h = quantity(i + 2) else { return nil }
            h.start = i
            h.mod = isFn(i, .more) ? "MORE_THAN" : "LESS_THAN"
            return h
        case .function(.at):
            guard isFn(i + 1, .least) || isFn(i + 1, .most), var h = quantity(i + 2) else { return nil }
            h.start = i
            h.mod = isFn(i + 1, .least) ? "EQUAL_OR_MORE" : "EQUAL_OR_LESS"
            return h
        case .function(.just):
            guard case .modifier(let mod)? = w(i + 1), var h = quantity(i + 2) else { return nil }
            h.start = i
            h.mod = mod
            return h
        case .function(.up):
            guard isFn(i + 1, .to), var h = quantity(i + 2) else { return nil }
            h.start = i
            h.mod = "EQUAL_OR_LESS"
            return h
        case .boundary(let mod):
            guard var h = boundedDate(i + 1) else { return nil }
            h.start = i
            h.mod = mod
            return h
        case .function(.earlier), .function(.later):
            if case .relative(.this)? = w(i + 1), var h = relative(i + 1), h.type == .date {
                h.start = i
                h.mod = isFn(i, .earlier) ? "START" : "END"
                return h
            }
            return nil
        case .function(.the):
            return theHit(i)
        default:
            return core(i)
        }
    }

    /// Expressions that start without a determiner or modifier.
    func core(_ i: Int) -> TimeHit? {
        guard let word = w(i) else { return nil }
        switch word {
        case .month:
            return monthExpression(i)
        case .digits(let v, let length):
            if let h = dayMonth(i) { return h }
            if let h = secondDayOfPair(i) { return h }
            if let h = clock(i) { return h }
            if length <= 3, let h = quantity(i) { return h }
            if length == 4 { return year(i, v) }
            return nil
        case .decadeOfCentury(let d):
            // "'80s"; the words ("nineties") only after "the", which theHit reads
            guard i > range.lowerBound, Self.isApostrophe(tokens[i - 1].text) else { return nil }
            return hit(i - 1, i + 1, .date, resolver.decadeOfCentury(d))
        case .function(.these):
            // "these days": the present, as "nowadays"
            if case .unit(.day, true)? = w(i + 1) { return hit(i, i + 2, .date, "PRESENT_REF") }
            return nil
        case .number(let a):
            // "in nineteen ninety-one" in broadcast transcripts
            if a >= 15, let (y, e) = spokenYear(i) { return hit(i, e, .date, pad(y, 4)) }
            return quantity(i)
        case .function(.a), .function(.several), .function(.few), .function(.couple), .function(.half),
             .function(.many):
            // "at a later date" lies ahead, "an earlier date" behind, unstated
            if isFn(i, .a), let t = text(i + 2), t == "date" || t == "time" {
                if isFn(i + 1, .later) { return hit(i, i + 3, .date, "FUTURE_REF") }
                if isFn(i + 1, .earlier) { return hit(i, i + 3, .date, "PAST_REF") }
            }
            return quantity(i)
        case .weekday(let wd, let plural):
            return weekday(i, wd, plural)
        case .deictic(let d):
            return deictic(i, d)
        case .relative:
            return relative(i)
        case .season(let code):
            return season(i, code)
        case .frequency(let u):
            return isPublication(i) ? nil : hit(i, i + 1, .set, u.duration(1))
        case .function(.every), .function(.each):
            return every(i)
        case .unit(let u, true):
            // "for years", "within days": a vague duration
            guard u.rawValue >= TimeUnit.day.rawValue, let prev = text(i - 1)?.lowercased() else { return nil }
            // "for the first time in years", "the lowest in months"
            let sinceLast = prev == "in" && (text(i - 2).map { $0 == "time" || $0.hasSuffix("est") } ?? false)
            guard prev == "for" || prev == "within" || sinceLast else { return nil }
            return hit(i, i + 1, .duration, u.duration(nil))
        case .function(.per):
            if case .unit(let u, false)? = w(i + 1) { return hit(i, i + 2, .set, u.duration(1)) }
            return nil
        case .function(.fiscal):
            var j = i + 1
            if case .unit(.year, false)? = w(j) { j += 1 }
            if case .digits(let y, 4)? = w(j) { return hit(i, j + 1, .date, pad(y, 4)) }
            return nil
        case .function(.yearEarlier):
            return yearEarlierPeriod(i, i)
        case .holiday(let h):
            // "Easter Island", "Christmas trees": a name or a thing, not the day
            if let next = text(i + 1), Self.holidayNouns.contains(next.lowercased()) { return nil }
            return holiday(i, h)
        case .function(.noon):
            return withDay(i, i + 1, "T12:00")
        case .function(.midnight):
            return withDay(i, i + 1, "T24:00")
        case .decadeDigits(let d):
            return hit(i, i + 1, .date, pad(d, 3))
        case .compound:
            return compound(i)
        case .ordinal(let q):
            return ordinalPeriod(i, q, start: i)
        case .unit(.year, false) where isYearEnd(i):
            // "by year end", "by year's end": as "year-end"
            return yearEnd(i, end: text(i + 1) == "end" ? i + 2 : i + 3)
        case .unit(let u, false):
            // "that year", "later that day", "the same day": the narrative's last named date
            guard i > range.lowerBound, let v = atLastDate(u) else { return nil }
            var start = i - 1
            if isFn(start, .same), start > range.lowerBound,
               tokens[start - 1].lower == "that" || tokens[start - 1].lower == "the" { start -= 1 }
            guard tokens[start].lower == "that" || start < i - 1 else { return nil }
            if start > range.lowerBound, isFn(start - 1, .earlier) || isFn(start - 1, .later) { start -= 1 }
            var h = hit(start, i + 1, .date, v)
            h.anaphoric = true
            return h
        default:
            return nil
        }
    }

    // MARK: amounts and durations

    /// A count before a unit: digits, number words, "a", "a few", "several", "two and a half".
    func amount(_ i: Int) -> (n: Double?, next: Int)? {
        switch w(i) {
        case .digits(let v, let length)? where length <= 4:
            var j = i + 1
            var n = Double(v)
            // "5 1/2"
            if let t = text(j), t == "1/2" { n += 0.5; j += 1 }
            if let a = text(j), a == "1", let b = text(j + 1), b == "/", let c = text(j + 2), c == "2" { n += 0.5; j += 3 }
            return (n, j)
        case .number(let v)?:
            var n = Double(v)
            var j = i + 1
            if v >= 20, v % 10 == 0, case .number(let ones)? = w(j), ones < 10 { n += Double(ones); j += 1 }
            if isFn(j, .and), isFn(j + 1, .a), isFn(j + 2, .half) { n += 0.5; j += 3 }
            return (n, j)
        case .function(.a)?:
            if isFn(i + 1, .few) { return (nil, i + 2) }
            if isFn(i + 1, .couple), isFn(i + 2, .of) { return (2, i + 3) }
            if isFn(i + 1, .half) { return (0.5, i + 2) }
            if case .number(12)? = w(i + 1) { return (12, i + 2) }
            return (1, i + 1)
        case .function(.several)?, .function(.few)?, .function(.many)?:
            return (nil, i + 1)
        case .function(.couple)?:
            return isFn(i + 1, .of) ? (2, i + 2) : nil
        case .function(.half)?:
            return isFn(i + 1, .a) ? (0.5, i + 2) : nil
        default:
            return nil
        }
    }

    /// A duration ("two weeks", "16 hours", "a few days"), or a date it anchors
    /// ("two weeks ago", "a year earlier", "three days from now").
    func quantity(_ i: Int) -> TimeHit? {
        // "Islam will one day be …": some day to come, not a day's length
        if case .number(1)? = w(i), case .unit(.day, false)? = w(i + 1), let prev = text(i - 1)?.lowercased(),
           Self.modals.contains(prev) {
            return hit(i, i + 2, .date, "FUTURE_REF")
        }
        guard let (n, j0) = amount(i) else { return nil }
        // "two more weeks", "an additional year": the added stretch is the duration
        let j = isFn(j0, .more) || isFn(j0, .moreOf) ? j0 + 1 : j0
        guard case .unit(let u, let plural)? = w(j) else { return nil }
        if n == nil && !plural { return nil }
        if isFn(i, .a) && u == .second { return nil }  // "a second round"
        // "a quarter of the market", "three quarters of its staff": a share, not a time
        // ("several quarters of losses", "a quarter of a century" are times)
        if u == .quarter, isFn(j + 1, .of), let t = text(j + 2)?.lowercased(),
           Self.shareDeterminers.contains(t) || (isFn(j + 2, .a) && !(w(j + 3).map { if case .unit = $0 { return true }; return false } ?? false)) {
            return nil
        }
        var end = j + 1
        var count = n
        if isFn(end, .and), isFn(end + 1, .a), isFn(end + 2, .half) { count = (n ?? 0) + 0.5; end += 3 }
        if let t = text(end), t == "old" || t == "-old" { return nil }  // an age
        if isFn(i, .a), i - 1 >= range.lowerBound, case .function(.times)? = w(i - 1), !plural {
            return hit(i, end, .set, u.duration(1))
        }
        // anchored to the document date
        var sign = 0
        var anchorEnd = end
        // "a year earlier" is a date; "a minute and a half later" stays a duration
        let long = u.rawValue >= TimeUnit.month.rawValue
        if isFn(end, .ago) || (long && isFn(end, .earlier)) { sign = -1; anchorEnd = end + 1 }
        else if (long && isFn(end, .later)) || isFn(end, .hence) { sign = 1; anchorEnd = end + 1 }
        else if isFn(end, .from), case .deictic(.now)? = w(end + 1) { sign = 1; anchorEnd = end + 2 }
        if sign != 0 {
            guard let c = count, c == c.rounded() else {
                return hit(i, anchorEnd, .date, sign < 0 ? "PAST_REF" : "FUTURE_REF")
            }
            if u == .year && c == 1 && sign < 0 && quarterContext() {
                var h = hit(i, anchorEnd, .date, yearEarlier())
                h.anaphoric = true
                return h
            }
            // "two years later" counts from the narrative's last date ("pledged that in the year 2000 … but
            // two years later"), not from the document's
            if isFn(end, .later), let from = narrativeResolver(for: u) {
                return hit(i, anchorEnd, .date, from.shifted(u, by: Int(c)))
            }
            return hit(i, anchorEnd, .date, resolver.shifted(u, by: sign * Int(c)))
        }
        return hit(i, end, .duration, u.duration(count))
    }

    // MARK: calendar names

    func monthExpression(_ i: Int) -> TimeHit? {
        guard case .month(let m, let abbreviated)? = w(i) else { return nil }
        let j = i + 1
        if let dd = dayOfMonth(j) {
            var k = j + 1
            if isFn(k, .comma) { k += 1 }
            if case .digits(let y, 4)? = w(k) {
                return hit(i, k + 1, .date, pad(y, 4) + "-" + pad(m, 2) + "-" + pad(dd, 2))
            }
            if let (y, e) = relativeYear(j + 1) { return hit(i, e, .date, y + "-" + pad(m, 2) + "-" + pad(dd, 2)) }
            // "the Sept. 11 attacks", "a Sept. 11 memorial": the day of 2001
            if m == 9, dd == 11, let next = text(j + 1), Self.septemberEleventh.contains(next.lowercased()) {
                return hit(i, j + 1, .date, "2001-09-11")
            }
            let dir = direction(i, j + 1)
            // "On March 2, 2015, the paper revealed …; on March 25, the firm …": the narrative's year
            if let y = narrativeYear(i, month: m, day: true, dir) { return hit(i, j + 1, .date, pad(y, 4) + "-" + pad(m, 2) + "-" + pad(dd, 2)) }
            return hit(i, j + 1, .date, resolver.monthDay(m, dd, dir))
        }
        var k = j
        if isFn(k, .comma) || isFn(k, .of) { k += 1 }
        if case .digits(let y, 4)? = w(k) { return hit(i, k + 1, .date, pad(y, 4) + "-" + pad(m, 2)) }
        if let (y, e) = spokenYear(j) { return hit(i, e, .date, pad(y, 4) + "-" + pad(m, 2)) }
        if let (y, e) = relativeYear(j) { return hit(i, e, .date, y + "-" + pad(m, 2)) }
        if abbreviated { return nil }
        if m == 5 || m == 3 {
            // "May" and "March" are also a verb: only after a preposition or a time word
            guard let prev = text(i - 1), Self.monthPrepositions.contains(prev) || w(i - 1) != nil else { return nil }
            // "the March on Washington": a march
            if m == 3, isFn(i - 1, .the), let next = text(i + 1), ["on", "against", "for"].contains(next) { return nil }
        }
        // "lost the election to Nixon that November": the narrative's year
        if i > range.lowerBound, tokens[i - 1].lower == "that", let last = lastDate {
            var h = hit(i - 1, i + 1, .date, pad(last.month.map { m < $0 } == true ? last.year + 1 : last.year, 4) + "-" + pad(m, 2))
            h.anaphoric = true
            return h
        }
        let dir = direction(i, i + 1)
        if let y = narrativeYear(i, month: m, day: false, dir) { return hit(i, i + 1, .date, pad(y, 4) + "-" + pad(m, 2)) }
        return hit(i, i + 1, .date, resolver.monthAlone(m, dir))
    }

    /// "the party daily Granma", "the weekly said": a newspaper, not a frequency.
    func isPublication(_ i: Int) -> Bool {
        let named = i > range.lowerBound && Self.publicationBefore.contains(tokens[i - 1].lower)
        guard i + 1 < range.upperBound, tokens[i + 1].kind == .word, let f = tokens[i + 1].text.utf8.first else { return named }
        if f >= 65 && f <= 90 { return true }
        return named && Self.reportVerbs.contains(tokens[i + 1].text)
    }

    static let publicationBefore: Set<String> = ["the", "a", "party", "government", "state", "official", "business", "financial"]
    static let reportVerbs: Set<String> = ["said", "says", "reported", "reports", "quoted", "wrote", "writes", "added", "noted"]

    static let monthPrepositions: Set<String> = ["in", "since", "until", "till", "by", "through", "during", "from",
                                                  "to", "of", "before", "after", "between", "and", "In", "Since",
                                                  "Until", "By", "During", "From", "Before", "After", "or", "for"]

    /// A day of the month written as digits ("12") or an ordinal ("12th").
    func dayOfMonth(_ i: Int) -> Int? {
        switch w(i) {
        case .digits(let d, let length)? where length <= 2 && d >= 1 && d <= 31: return d
        case .ordinal(let d)? where tokens[i].kind == .word && d >= 1 && d <= 31 && (tokens[i].text.utf8.first ?? 0) < 58:
            return d
        default: return nil
        }
    }

    /// "7 August 1998", "7 August".
    func dayMonth(_ i: Int) -> TimeHit? {
        guard let dd = dayOfMonth(i), case .month(let m, _)? = w(i + 1) else { return nil }
        if case .digits(let y, 4)? = w(i + 2) { return hit(i, i + 3, .date, pad(y, 4) + "-" + pad(m, 2) + "-" + pad(dd, 2)) }
        return hit(i, i + 2, .date, resolver.monthDay(m, dd, direction(i, i + 2)))
    }

    /// A four-digit year, unless it is an amount ("1990 people", "$2000").
    func year(_ i: Int, _ v: Int) -> TimeHit? {
        let prev = text(i - 1) ?? ""
        if v < 1000 || v > 2100 { return nil }
        if v < 1800 && !Self.monthPrepositions.contains(prev) { return nil }
        if prev == "$" || prev == "#" || prev == "No." { return nil }
        if let next = text(i + 1), Self.amountFollowers.contains(next) { return nil }
        if case .modifier? = w(i - 1) { return nil }
        return hit(i, i + 1, .date, pad(v, 4))
    }

    static let amountFollowers: Set<String> = ["%", "percent", "people", "troops", "soldiers", "members", "workers",
                                               "employees", "shares", "tons", "miles", "feet", "meters", "dollars",
                                               "points", "cars", "units"]

    func weekday(_ i: Int, _ wd: Int, _ plural: Bool) -> TimeHit? {
        if i > range.lowerBound, Self.weekdayNames.contains(tokens[i - 1].text) { return nil }
        if plural { return hit(i, i + 1, .set, "XXXX-WXX-" + String(wd)) }
        if isFn(i + 1, .comma), case .month? = w(i + 2), let h = monthExpression(i + 2), dayOfMonth(i + 3) != nil {
            return hit(i, h.end, .date, h.value)
        }
        // "Friday Oct. 13"
        if case .month? = w(i + 1), dayOfMonth(i + 2) != nil, let h = monthExpression(i + 1) {
            return hit(i, h.end, .date, h.value)
        }
        let value = resolver.weekday(wd, direction(i, i + 1))
        // TimeBank marks "Friday night" as a DATE of that day more often than a TIME of its
        // night, but keeps the evening ("Friday evening" → …TEV)
        if case .partOfDay(let p)? = w(i + 1) { return hit(i, i + 2, .date, p == "EV" ? value + "TEV" : value) }
        return hit(i, i + 1, .date, value)
    }

    func deictic(_ i: Int, _ d: TimeWord.Deictic) -> TimeHit? {
        func day(_ offset: Int) -> TimeHit {
            let v = resolver.day(offset)
            if case .partOfDay(let p)? = w(i + 1) { return hit(i, i + 2, .time, v + "T" + p) }
            return hit(i, i + 1, .date, v)
        }
        switch d {
        case .today: return day(0)
        case .yesterday: return day(-1)
        case .tomorrow:
            // "a brighter tomorrow", "the leaders of tomorrow": the future, not the next day
            if i > range.lowerBound {
                let prev = tokens[i - 1].lower
                let comparative = prev.hasSuffix("er") && i - 1 > range.lowerBound && tokens[i - 2].lower == "a"
                if ["a", "the", "of"].contains(prev) || comparative { return hit(i, i + 1, .date, "FUTURE_REF") }
            }
            return day(1)
        case .tonight: return hit(i, i + 1, .time, resolver.day(0) + "TNI")
        case .now, .currently, .nowadays:
            // a sentence-initial "Now," is a discourse marker, not a time ("Now officials say" is one)
            if d == .now && i == range.lowerBound && tokens[i].isCapitalized && isFn(i + 1, .comma) { return nil }
            return hit(i, i + 1, .date, "PRESENT_REF")
        case .current:
            if case .unit(let u, false)? = w(i + 1), u != .day {
                return hit(i, i + 2, .date, u == .quarter ? resolver.quarter(0) : resolver.relative(u, 0))
            }
            // "the then current price": the present of a past moment
            if i > range.lowerBound, tokens[i - 1].lower == "then" { return hit(i - 1, i + 1, .date, "PAST_REF") }
            return hit(i, i + 1, .date, "PRESENT_REF")
        case .recently, .lately: return hit(i, i + 1, .date, "PAST_REF")
        case .previously, .formerly, .soon:
            // annotators mark these seldom: as often a manner of speaking as a time
            return nil
        case .recent:
            // "in recent weeks": a stretch of unstated length that ends now
            // "in recent weeks": a stretch of unstated length that ends now; "recent years" is
            // annotated as the vague past more often than as a stretch
            if case .unit(let u, true)? = w(i + 1) {
                return u.rawValue >= TimeUnit.year.rawValue ? hit(i, i + 2, .date, "PAST_REF") : hit(i, i + 2, .duration, u.duration(nil))
            }
            return nil
        case .past: return nil
        case .future:
            guard let prev = text(i - 1), prev == "in" || prev == "near" else { return nil }
            return hit(i, i + 1, .date, "FUTURE_REF")
        }
    }

    /// last/this/next/past + a unit, weekday, month or season; past/last/next + a count.
    func relative(_ i: Int) -> TimeHit? {
        guard case .relative(let r)? = w(i) else { return nil }
        let offset: Int
        switch r {
        case .past where i > range.lowerBound && tokens[i - 1].lower == "this":
            // "this past week" from a Thursday on is the week now ending; from earlier, the one before
            offset = (resolver.dct?.weekday ?? 1) >= 4 ? 0 : -1
        case .last, .past, .previous: offset = -1
        case .next, .coming, .following: offset = 1
        case .this, .currentQuarter: offset = 0
        case .latest:
            if case .unit(.quarter, false)? = w(i + 1) { return hit(i, i + 2, .date, resolver.latestQuarter()) }
            if let t = text(i + 1), t == "period" { return hit(i, i + 2, .date, resolver.latestQuarter()) }
            return nil
        }
        let j = i + 1
        switch w(j) {
        case .unit(let u, false)?:
            if r == .past && (u == .decade || u == .century) { return hit(i, j + 1, .duration, u.duration(1)) }
            if u == .quarter && r == .this { return hit(i, j + 1, .date, resolver.quarter(0)) }
            if u == .weekend && r == .this { return hit(i, j + 1, .date, resolver.weekend(weekendBack(i, j + 1) ? -1 : 0)) }
            if u == .second || u == .minute || u == .hour { return nil }
            if u == .year, let h = yearsQuarter(i, j + 1, resolver.year(offset)) { return h }
            if r == .following, let v = afterLastDate(u) { return hit(i, j + 1, .date, v) }
            // "released the next day": the day after the one the narrative is at
            if r == .next, u == .day, i > range.lowerBound, isFn(i - 1, .the), let v = afterLastDate(u) {
                return hit(i, j + 1, .date, v)
            }
            return hit(i, j + 1, .date, resolver.relative(u, offset))
        case .unit(let u, true)? where offset != 0:
            return hit(i, j + 1, .duration, u.duration(nil))
        case .weekday(let wd, false)?:
            // "Following Monday's debate": a preposition, not "the following Monday"
            if r == .following, !(i > range.lowerBound && isFn(i - 1, .the)) { return nil }
            // "the previous Friday", "the following Monday" count from the day the narrative is at
            var from = resolver
            if r == .previous || r == .following, let date = lastDay { from = TimeResolver(dct: date) }
            let v = r == .this ? resolver.weekdayThisWeek(wd)
                : from.weekday(wd, offset < 0 ? .past : .future, strict: true)
            if case .partOfDay(let p)? = w(j + 1) { return hit(i, j + 2, .time, v + "T" + p) }
            return hit(i, j + 1, .date, v)
        case .month(let m, _)?:
            // "last Oct. 23": the nearest such day that way
            if offset != 0, let dd = dayOfMonth(j + 1) {
                return hit(i, j + 2, .date, resolver.monthDay(m, dd, offset < 0 ? .past : .future))
            }
            return hit(i, j + 1, .date, resolver.month(m, relative: offset))
        case .season(let code)?:
            return hit(i, j + 1, .date, resolver.season(code, offset: offset, offset == 0 ? direction(i, j + 1) : .unknown))
        case .partOfDay(let p)? where r == .this:
            return hit(i, j + 1, .time, resolver.day(0) + "T" + p)
        case .partOfDay(let p)? where r == .following || r == .next && i > range.lowerBound && isFn(i - 1, .the):
            // "appeared in court the next morning": the morning after the narrative's day
            return hit(i, j + 1, .time, (afterLastDate(.day) ?? resolver.day(1)) + "T" + p)
        case .partOfDay("NI")? where r == .last:
            // "last night": the night before the document date
            return hit(i, j + 1, .time, resolver.day(-1) + "TNI")
        default:
            guard offset != 0, let (n, k) = amount(j), case .unit(let u, _)? = w(k) else { return nil }
            return hit(i, k + 1, .duration, u.duration(n))
        }
    }

    func season(_ i: Int, _ code: String) -> TimeHit? {
        var j = i + 1
        if isFn(j, .of) { j += 1 }
        if case .digits(let y, 4)? = w(j) { return hit(i, j + 1, .date, pad(y, 4) + "-" + code) }
        if isFn(i + 1, .of), let (y, e) = spokenYear(j) { return hit(i, e, .date, pad(y, 4) + "-" + code) }
        guard let prev = text(i - 1), Self.monthPrepositions.contains(prev) else { return nil }
        // "expected to fall", "ready to spring": a verb
        if prev == "to" && (code == "FA" || code == "SP") { return nil }
        // "rise or fall", "spring and leap": after a conjunction, only with a season or month before it
        if (prev == "or" || prev == "and") && (code == "FA" || code == "SP") {
            switch w(i - 2) {
            case .season?, .month?: break
            default: return nil
            }
        }
        return hit(i, i + 1, .date, resolver.season(code, offset: nil, direction(i, i + 1)))
    }

    /// "every day", "each Monday", "every other week", "every two years".
    func every(_ i: Int) -> TimeHit? {
        var j = i + 1
        var n: Double? = 1
        if isFn(j, .other) { n = 2; j += 1 } else if let (a, k) = amount(j), a != nil, case .unit? = w(k) { n = a; j = k }
        switch w(j) {
        case .unit(let u, _)?: return hit(i, j + 1, .set, u.duration(n))
        case .weekday(let wd, _)?: return hit(i, j + 1, .set, "XXXX-WXX-" + String(wd))
        case .partOfDay(let p)?: return hit(i, j + 1, .set, "XXXX-XX-XXT" + p)
        case .month(let m, false)?: return hit(i, j + 1, .set, "XXXX-" + pad(m, 2))
        default: return nil
        }
    }

    func holiday(_ i: Int, _ h: TimeWord.Holiday) -> TimeHit? {
        var kind = h
        var end = i + 1
        // "election" alone is the vote, not the day
        if h == .electionDay {
            guard text(end)?.lowercased() == "day" else { return nil }
            end += 1
        }
        if let t = text(end), t == "Day" || t == "Eve" {
            if t == "Eve" && h == .christmas { kind = .christmasEve }
            end += 1
        }
        // "Easter week", "Thanksgiving week": the week that holds the day
        if text(end)?.lowercased() == "week" { return hit(i, end + 1, .date, resolver.holidayWeek(kind, direction(i, end + 1))) }
        return hit(i, end, .date, resolver.holiday(kind, direction(i, end)))
    }

    /// "3 p.m.", "10:30 a.m.", "15:45", optionally followed by a day ("3 p.m. Friday").
    func clock(_ i: Int) -> TimeHit? {
        guard case .digits(let h, let length)? = w(i), length <= 2, h <= 24 else { return nil }
        var j = i + 1
        var minutes: Int?
        if let t = text(j), t == ":", case .digits(let mm, 2)? = w(j + 1), mm < 60 { minutes = mm; j += 2 }
        var hour = h
        if case .meridiem(let pm)? = w(j) {
            guard h >= 1 && h <= 12 else { return nil }
            hour = pm ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h)
            j += 1
        } else if minutes == nil {
            guard h >= 1 && h <= 12 else { return nil }
            // "10 o'clock", "4 in the morning", "9 in the evening": a clock time without a.m./p.m.
            var told = false
            if let t = text(j), t.lowercased() == "o'clock" || t.lowercased() == "o’clock" { j += 1; told = true }
            if let t = text(j), t == "in", isFn(j + 1, .the), case .partOfDay(let p)? = w(j + 2), p != "NI" {
                if p != "MO" && h < 12 { hour = h + 12 }
                if p == "MO" && h == 12 { hour = 0 }
                j += 3
                told = true
            }
            guard told else { return nil }
        }
        return withDay(i, j, "T" + pad(hour, 2) + ":" + pad(minutes ?? 0, 2))
    }

    /// A clock time's day: a weekday, day word or month-day after it (past a time zone), else the narrative's
    /// last named day, else the document date.
    func withDay(_ i: Int, _ j0: Int, _ clock: String) -> TimeHit {
        var j = j0
        if let t = text(j), Self.zones.contains(t) { j += 1 }
        // "10:35 a.m. (0735 GMT) Friday": the day after a bracketed other zone still dates the
        // clock, though the expression ends before the bracket
        if text(j) == "(", let close = (j + 1..<min(range.upperBound, j + 6)).first(where: { tokens[$0].text == ")" }),
           case .weekday(let wd, false)? = w(close + 1) {
            return hit(i, j0, .time, resolver.weekday(wd, direction(i, close + 2)) + clock)
        }
        if isFn(j, .comma) || (text(j) ?? "") == "on" { j += 1 }
        // a bare clock time told in the past just after a named day is on that day ("Voters went to the polls on
        // Sunday, and the polls closed at 22:30"); a live blog's "4:30 p.m." heading is the document's day
        var day = resolver.day(0)
        if lastDate?.day != nil, i - lastDayEnd < 30, direction(i, j0) == .past, let d = atLastDate(.day) { day = d }
        var end = j0
        if case .month? = w(j), let h = monthExpression(j), dayOfMonth(j + 1) != nil {
            return hit(i, h.end, .time, h.value + clock)
        }
        switch w(j) {
        // the clock's own neighbours count: "until 9 a.m. Tuesday" looks ahead
        case .weekday(let wd, false)?: day = resolver.weekday(wd, direction(i, j + 1)); end = j + 1
        case .deictic(.today)?: end = j + 1
        case .deictic(.yesterday)?: day = resolver.day(-1); end = j + 1
        case .deictic(.tomorrow)?: day = resolver.day(1); end = j + 1
        default: break
        }
        return hit(i, end, .time, day + clock)
    }

    /// "the year before", "the day after" standing alone (before a comma or the sentence's end): a
    /// year or day from the narrative's date, else the document's. "The year before the war" is no date.
    func unitBeforeOrAfter(_ i: Int, _ j: Int, _ u: TimeUnit) -> TimeHit? {
        guard let t = text(j + 1), t == "before" || t == "after" else { return nil }
        if j + 2 < range.upperBound, tokens[j + 2].kind != .punctuation { return nil }
        let step = t == "before" ? -1 : 1
        switch u {
        case .year:
            guard let y = lastDate?.year ?? resolver.dct?.year else { return nil }
            return hit(i, j + 2, .date, pad(y + step, 4))
        case .day:
            guard let from = lastDay ?? resolver.dct else { return nil }
            return hit(i, j + 2, .date, from.adding(days: step).iso)
        default:
            return nil
        }
    }

    /// Whether "the weekend", "this weekend" told in the past from a Monday to Thursday is the one before.
    func weekendBack(_ s: Int, _ e: Int) -> Bool {
        direction(s, e) != .future && (resolver.dct?.weekday ?? 6) < 5
    }

    static let zones: Set<String> = ["EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "GMT", "UTC", "BST", "CET"]

    /// "third quarter", "first half", "20th century", with "of 1989" or "of fiscal 1989".
    func ordinalPeriod(_ j: Int, _ q: Int, start: Int) -> TimeHit? {
        let k = j + 1
        var half = false
        switch w(k) {
        case .unit(.quarter, false)?: guard q >= 1 && q <= 4 else { return nil }
        case .function(.half)?: guard q == 1 || q == 2 else { return nil }; half = true
        case .unit(.century, false)?: return hit(start, k + 1, .date, pad(q - 1, 2))
        default: return nil
        }
        var e = k + 1
        var y: Int?
        if isFn(e, .of) {
            var m = e + 1
            if isFn(m, .fiscal) { m += 1 }
            if case .digits(let yy, 4)? = w(m) { y = yy; e = m + 1 }
        }
        let label = (half ? "-H" : "-Q") + String(q)
        if let y { return hit(start, e, .date, pad(y, 4) + label) }
        return hit(start, e, .date, resolver.quarterOfYear(q, half: half, direction(start, e)))
    }

    // MARK: "the …"

    func theHit(_ i: Int) -> TimeHit? {
        let j = i + 1
        // "sales for the full year": the current one
        if let t = text(j), t == "full", case .unit(.year, false)? = w(j + 1) { return hit(i, j + 2, .date, resolver.year(0)) }
        // "in the near term", "over the long term": the future, unbounded
        if let t = text(j), t == "near" || t == "short" || t == "long", text(j + 1) == "term" { return hit(i, j + 2, .date, "FUTURE_REF") }
        if let h = decadeOfCentury(j) { return hit(i, h.end, h.type, h.value) }
        switch w(j) {
        case .unit(let u, true)? where u.rawValue >= TimeUnit.day.rawValue && u != .weekend:
            // "in the weeks before the vote", "the years that followed": a vague stretch, the noun alone
            guard let t = text(j + 1), Self.stretchFollowers.contains(t) else { return nil }
            return hit(j, j + 1, .duration, u.duration(nil))
        case .ordinal(let q)?:
            if let h = ordinalPeriod(j, q, start: i) { return h }
            if q == 1, let (n, k) = amount(j + 1), n != nil, case .unit(let u, true)? = w(k) {
                // "the first two quarters of 1990" is that year's first half
                if u == .quarter, n == 2, isFn(k + 1, .of), case .digits(let y, 4)? = w(k + 2) {
                    return hit(i, k + 3, .date, pad(y, 4) + "-H1")
                }
                return hit(i, k + 1, .duration, u.duration(n))
            }
            return nil
        case .unit(.second, false)?:
            return ordinalPeriod(j, 2, start: i)
        case .relative(let r)?:
            if r == .latest || r == .this { return relative(j).map { hit(i, $0.end, $0.type, $0.value) } }
            // "the last half of 1989"
            if r == .last, isFn(j + 1, .half), isFn(j + 2, .of), case .digits(_, 4)? = w(j + 3),
               let h = ordinalPeriod(j, 2, start: i) { return h }
            if let (n, k) = amount(j + 1), case .unit(let u, _)? = w(k) {
                return hit(i, k + 1, .duration, u.duration(n))
            }
            if let h = relative(j) { return hit(i, h.end, h.type, h.value) }
            // "the past three summers", "the past two games": a count of something else, not the past itself
            if r == .past, amount(j + 1) == nil { return hit(i, j + 1, .date, "PAST_REF") }
            return nil
        case .function(.most)?:
            if case .deictic(.recent)? = w(j + 1), case .unit(.quarter, false)? = w(j + 2) {
                return hit(i, j + 3, .date, resolver.latestQuarter())
            }
            return nil
        case .deictic(.future)?:
            // "the future of the alliance" is its prospects, not a time
            if isFn(j + 1, .of) { return nil }
            return hit(i, j + 1, .date, "FUTURE_REF")
        case .season(let code)?:
            // "the spring of 1990"; "the fall of Saigon" names no season
            if isFn(j + 1, .of) { return season(j, code).map { hit(i, $0.end, $0.type, $0.value) } }
            // "over the summer", "well into the winter"
            guard afterSeasonPreposition(i) else { return nil }
            return hit(i, j + 1, .date, resolver.season(code, offset: nil, direction(j, j + 1)))
        case .function(.fiscal)?:
            if case .unit(.year, false)? = w(j + 1) { return hit(i, j + 2, .duration, "P1Y") }
            return nil
        case .deictic(.current)?:
            if isFn(j + 1, .fiscal), case .unit(.year, false)? = w(j + 2) { return hit(i, j + 3, .date, resolver.year(0)) }
            if case .unit(let u, false)? = w(j + 1), u != .day {
                return hit(i, j + 2, .date, u == .quarter ? resolver.quarter(0) : resolver.relative(u, 0))
            }
            return nil
        case .unit(let u, false)?:
            if let h = unitBeforeOrAfter(i, j, u) { return h }
            switch u {
            case .year:
                if case .digits(let y, 4)? = w(j + 1) { return hit(i, j + 2, .date, pad(y, 4)) }
                if let (y, e) = spokenYear(j + 1) { return hit(i, e, .date, pad(y, 4)) }
                // "the year ended March 31" is a fiscal year's span; "for the year", "the first
                // nine months of the year", "earlier in the year" name this year
                if let t = text(j + 1), t == "ended" || t == "ending" || t == "through" {
                    return hit(i, j + 1, .duration, "P1Y")
                }
                return hit(i, j + 1, .date, resolver.year(0))
            case .quarter:
                if let h = quarterAYearBefore(i, j + 1) { return h }
                // "the quarter ended July 31": the three months to that day, named by the calendar
                // quarter that holds most of them (May to July → the second)
                if let t = text(j + 1), t == "ended" || t == "ending", case .month? = w(j + 2),
                   let end = monthExpression(j + 2), dayOfMonth(j + 3) != nil {
                    let u = Array(end.value.utf8)
                    if u.count >= 7, let y = Self.digitValue(u[0..<4]), let m = Self.digitValue(u[5..<7]), m >= 1, m <= 12 {
                        let middle = (m + 10) % 12 + 1  // the month before the last
                        let year = middle > m ? y - 1 : y
                        return hit(i, j + 1, .date, pad(year, 4) + "-Q" + String((middle - 1) / 3 + 1))
                    }
                }
                return hit(i, j + 1, .date, resolver.latestQuarter())
            case .week:
                // "the week of March 6"
                if isFn(j + 1, .of), case .month? = w(j + 2), let h = monthExpression(j + 2),
                   let d = CalendarDate(iso: h.value) {
                    return hit(i, h.end, .date, d.isoWeekString)
                }
                return hit(i, j + 1, .date, resolver.week(0))
            case .month: return hit(i, j + 1, .date, resolver.month(0))
            case .weekend:
                return hit(i, j + 1, .date, resolver.weekend(weekendBack(j, j + 1) ? -1 : 0))
            case .day:
                // "the day before last Tuesday's hearing", "the day after Christmas": a day from a day
                guard let t = text(j + 1), t == "before" || t == "after", let inner = match(j + 2),
                      inner.type == .date, inner.mod == nil, inner.value.utf8.count == 10,
                      let d = CalendarDate(iso: inner.value) else { return nil }
                return hit(i, inner.end, .date, d.adding(days: t == "before" ? -1 : 1).iso)
            default: return nil
            }
        case .digits(let y, 4)? where y >= 1900 && y <= 2100:
            // "the 1988 third quarter", "the 1989 period"
            if case .ordinal(let q)? = w(j + 1), case .unit(.quarter, false)? = w(j + 2), q >= 1, q <= 4 {
                return hit(i, j + 3, .date, pad(y, 4) + "-Q" + String(q))
            }
            if let t = text(j + 1), t == "period", !quarterContext() {
                // "in the first nine months … in the 1988 period": that year's stretch
                var h = hit(i, j + 2, .date, pad(y, 4))
                h.anaphoric = true
                return h
            }
            if let t = text(j + 1), t == "period" || t == "quarter" {
                // the same quarter of an earlier year: it names no new quarter
                var h = hit(i, j + 2, .date, pad(y, 4) + "-Q" + String(lastQuarter?.q ?? 4))
                h.anaphoric = true
                return h
            }
            if let t = text(j + 1), t == "second", case .unit(.quarter, false)? = w(j + 2) {
                return hit(i, j + 3, .date, pad(y, 4) + "-Q2")
            }
            return nil
        case .number?, .digits?:
            if let (n, k) = amount(j), n != nil, case .unit(let u, true)? = w(k), u != .second {
                return hit(i, k + 1, .duration, u.duration(n))
            }
            return nil
        case .decadeDigits(let d)?:
            return hit(i, j + 1, .date, pad(d, 3))
        case .boundary(let mod)?:
            if case .season(let code)? = w(j + 1), !isFn(j + 2, .of) {
                // "from the low levels of the early summer"
                guard afterSeasonPreposition(i) else { return nil }
                return hit(i, j + 2, .date, resolver.season(code, offset: nil, direction(j + 1, j + 2)), mod)
            }
            guard var h = boundedDate(j + 1) else { return nil }
            h.start = i
            h.mod = mod
            return h
        case .function(.yearEarlier)?:
            return yearEarlierPeriod(i, j)
        case .function(.end)?, .function(.beginning)?, .function(.start)?, .function(.middle)?:
            guard isFn(j + 1, .of), let inner = boundedDate(j + 2) else { return nil }
            let mod = isFn(j, .end) ? "END" : isFn(j, .middle) ? "MID" : "START"
            return hit(i, inner.end, .date, inner.value, mod)
        default:
            return nil
        }
    }

    /// "(the) year-earlier", "the year-ago quarter", "the year-ago third quarter", "the year-earlier
    /// nine months": the reported period a year before, from `s`; "year-ago" at `j`.
    func yearEarlierPeriod(_ s: Int, _ j: Int) -> TimeHit {
        var k = j + 1
        var q: Int?
        if case .ordinal(let n)? = w(k), n >= 1, n <= 4, case .unit(.quarter, false)? = w(k + 1) { q = n; k += 1 }
        else if case .unit(.second, false)? = w(k), case .unit(.quarter, false)? = w(k + 1) { q = 2; k += 1 }
        // "the year-earlier nine months": a stretch of the year before, named by its length
        if s < j, let (n, e) = amount(k), n != nil, case .unit(let u, true)? = w(e), u == .month || u == .week {
            return hit(s, e + 1, .duration, u.duration(n))
        }
        var end = j + 1
        if case .unit(.quarter, false)? = w(k) { end = k + 1 } else if q == nil, let t = text(k), t == "period" { end = k + 1 }
        var h: TimeHit
        if let q, end == k + 1 {
            // the named quarter of the year before the reported one (or the document's)
            let year = (lastQuarter?.year ?? resolver.dct?.year).map { pad($0 - 1, 4) } ?? "XXXX"
            h = hit(s, end, .date, year + "-Q" + String(q))
        } else {
            h = hit(s, end, .date, yearEarlier())
        }
        h.anaphoric = true
        return h
    }

    /// "the quarter" at `i` followed by "a year ago" / "a year earlier": that quarter, a year before.
    func quarterAYearBefore(_ i: Int, _ e: Int) -> TimeHit? {
        guard isFn(e, .a), case .unit(.year, false)? = w(e + 1), isFn(e + 2, .ago) || isFn(e + 2, .earlier) else { return nil }
        var h = hit(i, e + 3, .date, yearEarlier())
        h.anaphoric = true
        return h
    }

    /// Whether "year" at `i` starts "year end" or "year's end".
    func isYearEnd(_ i: Int) -> Bool {
        text(i + 1) == "end" || (text(i + 1) == "'s" || text(i + 1) == "’s") && text(i + 2) == "end"
    }

    /// "by year-end", "since year end": the last day of the document's year (of the year before after
    /// "since"). After no preposition it qualifies a noun ("year-end results") and is no time of its own.
    func yearEnd(_ i: Int, end: Int) -> TimeHit? {
        guard let before = text(i - 1)?.lowercased(), Self.yearEndPrepositions.contains(before) else { return nil }
        let year = resolver.year(before == "since" ? -1 : 0)
        return hit(i, end, .date, resolver.dct == nil ? year : year + "-12-31")
    }

    static let yearEndPrepositions: Set<String> = ["by", "at", "since", "until", "till", "before", "after", "around", "near", "through", "from", "to"]

    /// Whether "the" at `i` follows a preposition that takes a season: "over the summer", "into the winter".
    func afterSeasonPreposition(_ i: Int) -> Bool {
        guard let before = text(i - 1)?.lowercased() else { return false }
        return Self.seasonPrepositions.contains(before)
    }

    static let seasonPrepositions: Set<String> = ["in", "since", "until", "till", "by", "through", "throughout", "during", "from",
                                                   "before", "after", "over", "into", "for", "of"]

    static let stretchFollowers: Set<String> = ["before", "after", "that", "following", "since", "ahead", "leading", "preceding"]

    /// The date an "early", "late", "mid" or "the end of" bounds: a year, month,
    /// decade, season, relative unit ("next year"), day word, or "the year".
    func boundedDate(_ i: Int) -> TimeHit? {
        // "the late '80s", "the early nineties" (not "in his early nineties", an age)
        if isFn(i - 2, .the), let h = decadeOfCentury(i) { return h }
        switch w(i) {
        case .digits(let y, 4)?: return year(i, y)
        case .month?, .decadeDigits?, .weekday?, .season?:
            guard let h = core(i), h.type == .date || h.type == .time else { return nil }
            return h
        case .relative?:
            guard let h = relative(i), h.type == .date else { return nil }
            return h
        case .deictic(let d)? where d == .today || d == .yesterday || d == .tomorrow:
            return deictic(i, d)
        case .partOfDay(let p)?:
            // "by mid afternoon", "early morning": the mod is the caller's
            return partOfDay(i, i + 1, p, "")
        case .function(.the)?:
            if case .unit(let u, false)? = w(i + 1), u == .year || u == .month || u == .week || u == .decade {
                return hit(i, i + 2, .date, resolver.relative(u, 0))
            }
            guard let h = theHit(i), h.type == .date else { return nil }
            return h
        default:
            return nil
        }
    }

    // MARK: hyphenated words

    /// A span of years written as one word, "1950-53", "2000-2010", "2011–14" (a dash reads as a hyphen):
    /// each end a year of its own. The second must come later, within a century ("2018-04" is no span).
    func yearRange(_ i: Int) -> (TimeHit, TimeHit)? {
        let u = tokens[i].text.utf8
        guard u.count == 7 || u.count == 9 else { return nil }
        let a = u.prefix(4), b = u.dropFirst(5)
        guard u[u.index(u.startIndex, offsetBy: 4)] == UInt8(ascii: "-"),
              let y1 = Self.digitValue(a), let n = Self.digitValue(b), y1 >= 1800, y1 <= 2100 else { return nil }
        let y2 = b.count == 2 ? y1 / 100 * 100 + n : n
        guard y2 > y1, y2 - y1 < 100 else { return nil }
        if let next = text(i + 1), Self.amountFollowers.contains(next) { return nil }
        if let prev = text(i - 1), prev == "$" || prev == "#" || prev == "No." { return nil }
        var first = hit(i, i + 1, .date, pad(y1, 4)), second = hit(i, i + 1, .date, pad(y2, 4))
        first.tail = b.count + 1
        second.lead = 5
        return (first, second)
    }

    /// "two-year", "16-hour", "third-quarter", "mid-November", "mid-1990s", "1998-05-27".
    func compound(_ i: Int) -> TimeHit? {
        let parts = tokens[i].text.lowercased().split(separator: "-").map(String.init)
        guard parts.count >= 2 else { return nil }
        if parts.count == 3, parts[0].count == 4, let date = CalendarDate(iso: parts.joined(separator: "-")) {
            return hit(i, i + 1, .date, date.iso)
        }
        if let mod = Self.boundaryPrefixes[parts[0]], parts.count == 2 {
            let rest = parts[1]
            switch lex.word(rest) {
            case .month(let m, _)?: return hit(i, i + 1, .date, resolver.monthAlone(m, direction(i, i + 1)), mod)
            case .decadeOfCentury(let d)? where isFn(i - 1, .the):
                return hit(i - 1, i + 1, .date, resolver.decadeOfCentury(d), mod)
            case .partOfDay(let p)? where mod == "MID":
                // "mid-afternoon", "mid-morning yesterday"; "late-night" qualifies a noun more often
                return partOfDay(i, i + 1, p, mod)
            default: break
            }
            let u = rest.utf8
            if u.count == 4, let y = Self.digitValue(u) { return hit(i, i + 1, .date, pad(y, 4), mod) }
            if u.count == 5, rest.hasSuffix("0s"), let y = Self.digitValue(rest.dropLast().utf8) {
                return hit(i, i + 1, .date, pad(y / 10, 3), mod)
            }
            return nil
        }
        if parts == ["year", "end"] { return yearEnd(i, end: i + 1) }
        // "day-long", "decades-long", "two-year-long", "several-year", "multi-year": a duration as an adjective
        if parts.last == "long" || Self.vagueCounts.contains(parts[0]), parts.count <= 3 {
            let unitPart = parts.last == "long" ? parts[parts.count - 2] : parts[1]
            if case .unit(let u, let plural)? = lex.word(unitPart), u.rawValue >= TimeUnit.hour.rawValue {
                var n: Double? = plural ? nil : 1
                if parts.count == 3 {
                    if case .number(let v)? = lex.word(parts[0]) { n = Double(v) } else if let v = Self.digitValue(parts[0].utf8) { n = Double(v) } else { return nil }
                } else if Self.vagueCounts.contains(parts[0]) {
                    guard !plural, parts.count == 2 else { return nil }
                    n = nil
                }
                return hit(i, i + 1, .duration, u.duration(n))
            }
        }
        guard parts.count == 2 || (parts.count == 3 && parts[2] != "old") else { return nil }
        if parts.count == 3 { return nil }
        switch lex.word(parts[1]) {
        case .unit(let u, false)?:
            var n: Int?
            if case .number(let v)? = lex.word(parts[0]) { n = v } else if let v = Self.digitValue(parts[0].utf8) { n = v }
            if let n, n > 0 {
                if let t = text(i + 1), t == "old" { return nil }
                return hit(i, i + 1, .duration, u.duration(Double(n)))
            }
        default:
            break
        }
        if case .ordinal(let q)? = lex.word(parts[0]) {
            if parts[1] == "quarter", q >= 1, q <= 4 { return hit(i, i + 1, .date, resolver.quarterOfYear(q, half: false, direction(i, i + 1))) }
            if parts[1] == "half", q <= 2 { return hit(i, i + 1, .date, resolver.quarterOfYear(q, half: true, direction(i, i + 1))) }
        }
        if parts[0] == "second" {
            if parts[1] == "quarter" { return hit(i, i + 1, .date, resolver.quarterOfYear(2, half: false, direction(i, i + 1))) }
            if parts[1] == "half" { return hit(i, i + 1, .date, resolver.quarterOfYear(2, half: true, direction(i, i + 1))) }
        }
        return nil
    }

    static let shareDeterminers: Set<String> = ["the", "its", "their", "his", "her", "our", "your", "all", "this", "that",
                                                "these", "those"]
    static let modals: Set<String> = ["will", "would", "could", "may", "might", "can", "shall", "should", "must"]
    static let boundaryPrefixes: [String: String] = ["mid": "MID", "early": "START", "late": "END"]
    static let vagueCounts: Set<String> = ["several", "multi", "many", "few"]

    static func isApostrophe(_ t: String) -> Bool { t == "'" || t == "’" || t == "‘" }

    /// A part of day bounded by "mid", "early" or "late", on the day word after it or the document date.
    func partOfDay(_ s: Int, _ e: Int, _ p: String, _ mod: String) -> TimeHit {
        var day = resolver.day(0)
        var end = e
        switch w(e) {
        case .deictic(.yesterday)?: day = resolver.day(-1); end = e + 1
        case .deictic(.today)?: end = e + 1
        case .deictic(.tomorrow)?: day = resolver.day(1); end = e + 1
        case .weekday(let wd, false)?: day = resolver.weekday(wd, direction(s, e + 1)); end = e + 1
        default: break
        }
        return hit(s, end, .time, day + "T" + p, mod.isEmpty ? nil : mod)
    }

    /// "nineties", "'80s" at `i`: the decade, its century from the document date.
    func decadeOfCentury(_ i: Int) -> TimeHit? {
        if let t = text(i), Self.isApostrophe(t), case .decadeOfCentury(let d)? = w(i + 1) {
            return hit(i, i + 2, .date, resolver.decadeOfCentury(d))
        }
        guard case .decadeOfCentury(let d)? = w(i), let f = tokens[i].text.utf8.first, f > 57 else { return nil }
        return hit(i, i + 1, .date, resolver.decadeOfCentury(d))
    }

    /// The second day of "April 24 and 25", "May 3 or 4": the month of the first.
    func secondDayOfPair(_ i: Int) -> TimeHit? {
        guard let d = dayOfMonth(i), i - 3 >= range.lowerBound, let link = text(i - 1),
              link == "and" || link == "or" || link == "to" || link == "through",
              dayOfMonth(i - 2) != nil, case .month(let m, _)? = w(i - 3) else { return nil }
        // "between June 4 and 5 p.m." is a clock
        if case .meridiem? = w(i + 1) { return nil }
        if text(i + 1) == ":" { return nil }
        return hit(i, i + 1, .date, resolver.monthDay(m, d, direction(i - 3, i + 1)))
    }

    // MARK: context

    /// "last year", "this year", "next year" after a month: the year's value and the end.
    func relativeYear(_ k: Int) -> (String, Int)? {
        guard case .relative(let r)? = w(k), case .unit(.year, false)? = w(k + 1) else { return nil }
        switch r {
        case .last, .previous: return (resolver.year(-1), k + 2)
        case .this: return (resolver.year(0), k + 2)
        case .next: return (resolver.year(1), k + 2)
        default: return nil
        }
    }

    /// A year read out in words: "two thousand", "two thousand and one", "nineteen ninety-seven".
    func spokenYear(_ k: Int) -> (Int, Int)? {
        guard case .number(let a)? = w(k) else { return nil }
        if a == 2, let t = text(k + 1), t == "thousand" {
            var e = k + 2
            var y = 2000
            if isFn(e, .and) { e += 1 }
            if case .number(let n)? = w(e), n < 100 { y += n; e += 1 } else if isFn(k + 2, .and) { e = k + 2 }
            return (y, e)
        }
        guard a >= 11 && a <= 20, case .number(let b)? = w(k + 1), b >= 10, b < 100 else { return nil }
        var y = a * 100 + b
        var e = k + 2
        if b >= 20, b % 10 == 0, case .number(let c)? = w(e), c < 10 { y += c; e += 1 }
        return (y, e)
    }

    /// "this year's third quarter", "last year's quarter": a quarter of a relative year.
    func yearsQuarter(_ s: Int, _ k: Int, _ year: String) -> TimeHit? {
        guard let t = text(k), t == "'s" else { return nil }
        var q: Int?
        var e = k + 1
        if case .ordinal(let n)? = w(e), n >= 1, n <= 4 { q = n; e += 1 }
        else if let o = text(e), o == "second" { q = 2; e += 1 }
        guard case .unit(.quarter, false)? = w(e) else { return nil }
        guard let quarter = q ?? lastQuarter?.q else { return nil }
        return hit(s, e + 1, .date, year + "-Q" + String(quarter))
    }

    /// The unit after the last date the document named ("the following year" after "May 22, 1995").
    func afterLastDate(_ u: TimeUnit) -> String? {
        guard let last = lastDate else { return nil }
        switch u {
        case .year: return pad(last.year + 1, 4)
        case .month:
            guard let m = last.month else { return nil }
            return m == 12 ? pad(last.year + 1, 4) + "-01" : pad(last.year, 4) + "-" + pad(m + 1, 2)
        case .day:
            return lastDay?.adding(days: 1).iso
        default: return nil
        }
    }

    /// A resolver at the narrative's last date, when that date is as fine as the unit counted from it.
    func narrativeResolver(for u: TimeUnit) -> TimeResolver? {
        guard let last = lastDate else { return nil }
        switch u {
        case .year, .decade, .century:
            return CalendarDate(year: last.year, month: last.month ?? 7, day: last.day ?? 1).map { TimeResolver(dct: $0) }
        case .month, .quarter:
            guard let m = last.month else { return nil }
            return CalendarDate(year: last.year, month: m, day: last.day ?? 15).map { TimeResolver(dct: $0) }
        default:
            return lastDay.map { TimeResolver(dct: $0) }
        }
    }

    /// The narrative's last named day, when it names a whole date.
    var lastDay: CalendarDate? {
        guard let last = lastDate, let m = last.month, let d = last.day else { return nil }
        return CalendarDate(year: last.year, month: m, day: d)
    }

    /// The year, month or day of the last date the document named, when it names one that fine.
    func atLastDate(_ u: TimeUnit) -> String? {
        if u == .quarter { return mentionedQuarter }
        guard let last = lastDate else { return nil }
        switch u {
        case .year: return pad(last.year, 4)
        case .month: return last.month.map { pad(last.year, 4) + "-" + pad($0, 2) }
        case .day:
            guard let m = last.month, let d = last.day else { return nil }
            return pad(last.year, 4) + "-" + pad(m, 2) + "-" + pad(d, 2)
        default: return nil
        }
    }

    /// Remembers a DATE naming a year, month or day as the narrative's latest date.
    mutating func noteDate(_ h: TimeHit) {
        guard h.type == .date else { return }
        let u = Array(h.value.utf8)
        guard u.count >= 4, let y = Self.digitValue(u[0..<4]) else { return }
        if u.count == 4 { lastDate = (y, nil, nil); return }
        guard u.count >= 7, u[4] == UInt8(ascii: "-"), let m = Self.digitValue(u[5..<7]), m >= 1, m <= 12 else { return }
        if u.count == 10, u[7] == UInt8(ascii: "-"), let d = Self.digitValue(u[8..<10]) { lastDate = (y, m, d); lastDayEnd = h.end; return }
        if u.count == 7 { lastDate = (y, m, nil) }
    }

    /// The same period a year before: the last named quarter, else the latest quarter, of the year before.
    func yearEarlier() -> String {
        if quarterContext() {
            if let q = lastQuarter { return pad(q.year - 1, 4) + "-Q" + String(q.q) }
            return resolver.latestQuarter(yearOffset: -1)
        }
        return resolver.year(-1)
    }

    /// Whether the sentence talks about quarters (financial results).
    func quarterContext() -> Bool {
        var months = false
        for k in range {
            if case .unit(.quarter, _)? = words[k] { return true }
            if case .compound? = words[k], tokens[k].text.hasSuffix("quarter") { return true }
            if case .unit(.month, true)? = words[k] { months = true }
            if isFn(k, .half), k > range.lowerBound, case .ordinal? = words[k - 1] { months = true }
        }
        // "in the first nine months, … a year earlier": the sentence compares a longer stretch
        if months { return false }
        // a results report names its quarter once and then says "a year earlier"
        return lastQuarter != nil
    }

    mutating func noteQuarter(_ value: String) {
        let u = Array(value.utf8)
        guard u.count == 7, u[4] == UInt8(ascii: "-"), u[5] == UInt8(ascii: "Q"),
              let y = Self.digitValue(value.prefix(4).utf8), u[6] >= 49, u[6] <= 52 else { return }
        let q = Int(u[6] - 48)
        // only a quarter that has begun can be the one a report compares with "a year earlier"
        if let d = resolver.dct, y * 4 + q - 1 > d.year * 4 + (d.month - 1) / 3 { return }
        lastQuarter = (y, q)
    }

    /// The tense of the clause around tokens s..<e: the nearest tense cue wins.
    func direction(_ s: Int, _ e: Int) -> TimeDirection {
        if let d = localDirection(s, e) { return d }
        var lo = max(range.lowerBound, s - 16)
        let hi = min(range.upperBound, e + 5)
        var d = 1
        // "would declare it by the end of March and suggested that…": past a conjunction a past verb is another
        // clause's; a plan still counts ("called a rally on Saturday and were planning to block roads")
        var ahead = hi
        // "who did win Rhode Island on Tuesday, would likely…": nothing past a comma; "'I feel good about
        // November,' Tester said": a reporting verb after the words dates the saying, not what was said
        var stop = hi
        // a date fronted before its clause ("In January, the company brought in…", "At a rally in Portland,
        // Maine, on Thursday afternoon, Trump included…") reads on past its comma
        let fronted = isFronted(s)
        var quoted = false
        while s - d >= lo || e - 1 + d < stop {
            // "will vote for him because of the slaying on Friday": a cause has its own time, which the
            // main clause's tense does not tell
            if s - d >= lo, tokens[s - d].text == "because" { lo = s - d + 1 }
            // "If we remember nothing else about her, who died Sunday": a condition counts only near the date
            if s - d >= lo, let c = cue(s - d), d <= 8 || !Self.conditions.contains(tokens[s - d].text) { return c }
            let k = e - 1 + d
            if k < stop {
                // a fronted date's clause is its reporting verb's ("On Wednesday night, Mr. Obama insisted")
                // "Bush on Tuesday said the U.S. may…": a reporting verb right after a date tells its time,
                // unless a quotation closes in between
                if tokens[k].text == "\"" { quoted = true }
                if tokens[k].text == ",", !fronted { stop = k } else if fronted || !quoted || !Self.reportingCues.contains(tokens[k].text),
                   d <= 8 || !Self.conditions.contains(tokens[k].text), let c = cue(k), c == .future || k < ahead { return c }
                if k < ahead, Self.clauseJoints.contains(tokens[k].text) { ahead = k }
            }
            d += 1
        }
        // A date fronted before its clause ("In January, a week after …, a bombing killed …"):
        // the clause's verb may lie further on.
        if fronted {
            var k = hi
            while k < min(range.upperBound, e + 40) {
                if let c = cue(k) { return c }
                k += 1
            }
        }
        return .unknown
    }

    /// Whether the date at `s` comes before its sentence's clause: among its first three tokens, or in
    /// an opening phrase ("At a rally in Portland, Maine, on Thursday,") that has no tense of its own.
    func isFronted(_ s: Int) -> Bool {
        if s - range.lowerBound <= 2 { return true }
        guard Self.openingPrepositions.contains(tokens[range.lowerBound].text), s - range.lowerBound <= 12 else { return false }
        for k in range.lowerBound..<s where cue(k) != nil { return false }
        return true
    }

    static let openingPrepositions: Set<String> = ["At", "In", "On", "During", "After", "Before", "Since", "Following"]

    /// Words right next to a date that fix its direction whatever the tense:
    /// "until Tuesday", "effective Feb. 1", "as soon as Monday" look ahead; "Wednesday's ruling" looks back.
    func localDirection(_ s: Int, _ e: Int) -> TimeDirection? {
        // "ahead of Tuesday's primary", "ahead of the Feb. 9 vote"
        var before = s - 1
        if before >= range.lowerBound, case .function(.the)? = words[before] { before -= 1 }
        if before - 1 >= range.lowerBound, tokens[before].text == "of", tokens[before - 1].lower == "ahead" { return .future }
        // "Wednesday's ruling" looks back; "will probably use Monday's debate", "expect her to win Monday's
        // debate" look ahead when that day is nearer ahead than behind ("will study Wednesday's vote" on a
        // Friday is about the vote gone by)
        if let next = text(e), next == "'s", case .weekday(let wd, _)? = w(s) {
            guard let (ahead, back) = resolver.weekdayDistances(wd) else { return .past }
            // "before Monday's caucuses" in a Sunday paper: tomorrow's, not those of six days ago
            if ahead > 0, ahead <= 2, back >= 5 { return .future }
            let near = max(range.lowerBound, s - 8)..<min(range.upperBound, e + 6)
            guard near.contains(where: { Self.plainFuture.contains(tokens[$0].lower) }) else { return .past }
            return ahead < back ? .future : .past
        }
        // "his Tuesday wins", "the Saturday primary": a weekday naming a known event is its nearest
        if case .weekday(let wd, _)? = w(s), s > range.lowerBound, Self.possessives.contains(tokens[s - 1].lower),
           e < range.upperBound, tokens[e].isLowercaseWord, let (ahead, back) = resolver.weekdayDistances(wd) {
            // a tense right before it still decides ("celebrated the Thursday opening")
            for k in stride(from: s - 2, through: max(range.lowerBound, s - 4), by: -1) {
                if let c = cue(k) { return c }
            }
            if ahead != 0 { return ahead < back ? .future : .past }
        }
        guard let prev = text(s - 1) else { return nil }
        // "until Tuesday", "postponed until Tuesday" look ahead; "kept going until Friday" tells how long
        // something past went on
        if Self.aheadWords.contains(prev) {
            let lasted = (max(range.lowerBound, s - 4)..<(s - 1)).contains { Self.durativePast.contains(tokens[$0].lower) }
            return lasted ? .past : .future
        }
        // "the ministers meet Monday", "talks resume on Tuesday", "he travels separately Friday": news
        // puts a planned day after a verb in the present
        if case .weekday? = w(s) {
            var k = s - 1
            if prev == "on" || (prev.utf8.count > 4 && prev.hasSuffix("ly")) { k -= 1 }
            // "holds its primary Tuesday": the verb's object in between
            if k - 1 > range.lowerBound, tokens[k].isLowercaseWord, Self.possessives.contains(tokens[k - 1].lower),
               Self.scheduledVerbs.contains(tokens[k - 2].text) { k -= 2 }
            // "a bright start on Saturday", "his visits on Monday": nouns
            if k >= range.lowerBound, Self.scheduledVerbs.contains(tokens[k].text),
               k == range.lowerBound || !Self.determiners.contains(tokens[k - 1].lower) { return .future }
        }
        if prev == "as", let a = text(s - 2), a == "soon" || a == "early", text(s - 3) == "as" { return .future }
        // "the primary is Tuesday", "our campaign is over on Monday", "she is in Iowa on Friday": a day
        // other than today told in the present is to come
        if case .weekday? = w(s) {
            var k = s - 1
            while k >= max(range.lowerBound, s - 4) {
                let t = tokens[k].text
                if t == "is" || t == "are" { return .future }
                guard tokens[k].kind == .word, lex.tense[t] == nil,
                      !Self.clauseJoints.contains(t), t != "who", t != "which", t != "that" else { break }
                k -= 1
            }
        }
        return nil
    }

    static let determiners: Set<String> = ["the", "a", "its", "their", "his", "her", "this", "that", "our", "new"]

    static let septemberEleventh: Set<String> = ["attacks", "attack", "terrorist", "terror", "hijackers", "hijackings",
                                                 "commission", "memorial", "museum", "victims", "families", "conspiracy"]

    /// "Super Tuesday", "Fox News Sunday", "Black Friday": a weekday inside a name.
    static let weekdayNames: Set<String> = ["Super", "News", "Bloody", "Black", "Cyber", "Good", "Ash", "Palm", "Holy"]

    static let holidayNouns: Set<String> = ["island", "islands", "tree", "trees", "card", "cards", "carol", "carols",
                                            "egg", "eggs", "bunny", "lights", "ornaments", "decorations"]

    static let plainFuture: Set<String> = ["will", "'ll", "shall", "expect", "expects", "upcoming", "ahead"]

    static let possessives: Set<String> = ["his", "her", "their", "its", "our", "the"]

    static let conditions: Set<String> = ["if", "If", "unless", "Unless"]
    /// Verbs whose "to" clause comes after them: an urging, an order, a promise.
    static let directives: Set<String> = ["urged", "urging", "urges", "urge", "asked", "asking", "asks", "encouraged",
                                          "encourages", "called", "calls", "told", "tells", "vowed", "vows", "promised",
                                          "promises", "pledged", "pledges", "invited", "invites", "ordered", "orders",
                                          "instructed"]
    static let reportingCues: Set<String> = ["said", "told", "added", "wrote", "noted", "explained", "insisted"]

    static let clauseJoints: Set<String> = ["and", "but", ";", "while", "whereas"]

    /// Words after which a "to" clause has not happened yet.
    static let beforeUnrealisedTo: Set<String> = ["is", "are", "likely", "poised", "ready", "enough", "able", "want", "wants",
                                                  "need", "needs", "aim", "seek", "about"]

    /// Past verbs of going on for a while, which "until" bounds in the past.
    static let durativePast: Set<String> = ["kept", "stayed", "remained", "lasted", "continued", "waited", "worked",
                                            "went", "ran", "sat", "slept", "hid", "lingered", "persisted"]

    static let aheadWords: Set<String> = ["until", "till", "effective", "payable", "starting", "beginning", "toward", "towards"]

    /// Verbs in the present that news uses for a day to come ("meet Monday", "opens Tuesday"); of those
    /// that are nouns as often ("a bright start on Saturday", "the vote on Monday"), only the -s form.
    static let scheduledVerbs: Set<String> = ["meet", "meets", "resume", "resumes", "begin", "begins", "starts", "opens",
                                              "arrive", "arrives", "visits", "votes", "convene", "convenes", "travels",
                                              "returns", "leaves", "closes", "faces", "testify", "testifies", "decide", "decides",
                                              "holds", "hosts", "launches", "ends"]

    func cue(_ k: Int) -> TimeDirection? {
        let t = tokens[k].text
        if let future = lex.tense[t] {
            if future {
                // "next to the embassy" is a place
                if t == "next", k + 1 < range.upperBound, tokens[k + 1].text == "to" { return nil }
                // "going to vote" looks ahead; "kept going", "going to the polls" do not
                if t == "going" || t == "Going" {
                    guard k + 2 < range.upperBound, tokens[k + 1].text == "to", tokens[k + 2].isLowercaseWord,
                          !Self.determiners.contains(tokens[k + 2].lower) else { return nil }
                }
                // "announced the plan Aug. 21": a plan named, not one told
                if t == "plan" || t == "plans" || t == "hope" || t == "hopes", k - 1 >= range.lowerBound,
                   Self.determiners.contains(tokens[k - 1].lower) { return nil }
                // "had been scheduled to expire Friday": a plan in the past
                if k - 2 >= range.lowerBound, tokens[k - 1].text == "been", tokens[k - 2].text == "had" { return .past }
                return .future
            }
            // "set to resume Monday"
            if t == "set", k + 1 < range.upperBound, tokens[k + 1].text == "to" { return .future }
            // "were planning to drive", "was expected to vote": a plan told in the past, for a day to come
            if t == "was" || t == "were", k + 1 < range.upperBound, lex.tense[tokens[k + 1].text] == true,
               tokens[k + 1].text != "next" { return .future }
            // "to put", "to set", "to hit": an infinitive, not a past
            if k - 1 >= range.lowerBound, tokens[k - 1].text == "to" { return nil }
            return afterBe(k) ? nil : .past
        }
        // "is to resume trading Tuesday", "are to meet Friday"
        // "strong enough to put states in play in November", "wants to run in May": a wish or ability, unrealised
        if t == "to", k - 1 >= range.lowerBound, Self.beforeUnrealisedTo.contains(tokens[k - 1].text) { return .future }
        // "urged them to vote Tuesday", "vowed to return in March": what was urged or vowed comes after
        if t == "to" {
            var j = k - 1
            while j >= max(range.lowerBound, k - 3) {
                if Self.directives.contains(tokens[j].text) { return .future }
                guard tokens[j].isLowercaseWord, lex.tense[tokens[j].text] == nil else { break }
                j -= 1
            }
        }
        // "campaigning ahead of the November vote"
        if t == "ahead", k + 1 < range.upperBound, tokens[k + 1].text == "of" { return .future }
        // "If Cruz wins Wisconsin's contest Tuesday": a condition in the present is about a day to come
        if Self.conditions.contains(t) { return .future }
        let u = t.utf8
        guard u.count >= 5, tokens[k].kind == .word, let f = u.first, f >= 97, f <= 122 else { return nil }
        var it = u.reversed().makeIterator()
        guard it.next() == UInt8(ascii: "d"), it.next() == UInt8(ascii: "e") else { return nil }
        if Self.notPast.contains(t) || afterBe(k) { return nil }
        // "an unspecified date", "the reduced dividend": adjectives, not a past tense
        if u.starts(with: "un".utf8) { return nil }
        if k - 1 >= range.lowerBound, case .function(let f)? = words[k - 1], f == .the || f == .a { return nil }
        return .past
    }

    func afterBe(_ k: Int) -> Bool {
        guard k - 1 >= range.lowerBound else { return false }
        let p = tokens[k - 1].text
        // "when the case is heard in May": a passive in the present
        return p == "be" || p == "being" || p == "is" || p == "are"
    }

    static let notPast: Set<String> = ["speed", "proceed", "exceed", "succeed", "indeed", "hundred", "breed", "bleed",
                                       "greed", "embed", "united", "limited", "red", "need"]
}
