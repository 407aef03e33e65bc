/// Which way a bare weekday, month or day points from the document date,
/// read from the tense of its clause.
enum TimeDirection: Sendable, Hashable {
    case past, future, unknown
}

/// Turns calendar references into TIMEX3 values against the document date.
///
/// Without a document date the values stay unresolved in TimeML's way
/// (`XXXX-XX-XX`, `XXXX-WXX`, `XXXX-06-12`): Parley never guesses from the clock.
struct TimeResolver: Sendable {
    let dct: CalendarDate?

    /// The day `offset` days from the document date.
    func day(_ offset: Int) -> String {
        guard let d = dct else { return "XXXX-XX-XX" }
        return d.adding(days: offset).iso
    }

    /// The ISO week `offset` weeks from the document date's.
    func week(_ offset: Int) -> String {
        guard let d = dct else { return "XXXX-WXX" }
        return d.adding(days: 7 * offset).isoWeekString
    }

    /// The month `offset` months from the document date's.
    func month(_ offset: Int) -> String {
        guard let d = dct else { return "XXXX-XX" }
        let total = d.year * 12 + (d.month - 1) + offset
        return pad(floorDiv(total, 12), 4) + "-" + pad(total - floorDiv(total, 12) * 12 + 1, 2)
    }

    /// The year `offset` years from the document date's.
    func year(_ offset: Int) -> String {
        guard let d = dct else { return "XXXX" }
        return pad(d.year + offset, 4)
    }

    /// The quarter `offset` quarters from the one holding the document date.
    func quarter(_ offset: Int) -> String {
        guard let d = dct else { return "XXXX-QX" }
        let total = d.year * 4 + (d.month - 1) / 3 + offset
        return pad(floorDiv(total, 4), 4) + "-Q" + String(total - floorDiv(total, 4) * 4 + 1)
    }

    /// The decade `offset` decades from the document date's ("199": TimeML writes a decade as
    /// its leading three digits, as for "the 1990s").
    func decade(_ offset: Int) -> String {
        guard let d = dct else { return "XXX" }
        return pad(floorDiv(d.year, 10) + offset, 3)
    }

    /// A decade named without its century ("the nineties", "the '80s", digit 2…9): the latest
    /// such decade that has begun by the document date; the 1900s' without one.
    func decadeOfCentury(_ digit: Int) -> String {
        guard let d = dct else { return "19" + String(digit) }
        var century = floorDiv(d.year, 100)
        if century * 100 + digit * 10 > d.year { century -= 1 }
        return pad(century, 2) + String(digit)
    }

    /// The century `offset` centuries from the document date's ("19").
    func century(_ offset: Int) -> String {
        guard let d = dct else { return "XX" }
        return pad(floorDiv(d.year, 100) + offset, 2)
    }

    /// The weekend of the ISO week `offset` weeks away ("2018-W16-WE").
    func weekend(_ offset: Int) -> String {
        week(offset) + "-WE"
    }

    /// `n` units from the document date, at the unit's own granularity
    /// ("two weeks ago" → that ISO week, "a year earlier" → that year).
    func shifted(_ unit: TimeUnit, by n: Int) -> String {
        switch unit {
        case .second, .minute, .hour, .day: return unit == .day ? day(n) : day(0)
        case .week, .weekend: return week(n)
        case .month: return month(n)
        case .quarter: return quarter(n)
        case .year: return year(n)
        case .decade: return year(10 * n)
        case .century: return year(100 * n)
        }
    }

    /// The value of a unit named with last/this/next ("last week" → the previous ISO week).
    func relative(_ unit: TimeUnit, _ offset: Int) -> String {
        switch unit {
        case .decade: return decade(offset)
        case .century: return century(offset)
        case .weekend: return weekend(offset)
        default: return shifted(unit, by: offset)
        }
    }

    /// A weekday (1 Monday … 7 Sunday) before or after the document date; the
    /// document date itself when it falls on that weekday and `strict` is false.
    func weekday(_ wd: Int, _ direction: TimeDirection, strict: Bool = false) -> String {
        guard let d = dct else { return "XXXX-WXX-" + String(wd) }
        let diff = wd - d.weekday
        if diff == 0 && !strict { return d.iso }
        switch direction {
        case .future:
            return d.adding(days: diff > 0 ? diff : diff + 7).iso
        case .unknown:
            // untold: the day gone by, unless it is tomorrow ("her first stop Tuesday morning" on a Monday)
            if (diff + 7) % 7 == 1 { return d.adding(days: 1).iso }
            return d.adding(days: diff < 0 ? diff : diff - 7).iso
        case .past:
            return d.adding(days: diff < 0 ? diff : diff - 7).iso
        }
    }

    /// Days from the document date to the next such weekday and back to the last (0 and 0 on that day).
    func weekdayDistances(_ wd: Int) -> (ahead: Int, back: Int)? {
        guard let d = dct else { return nil }
        return ((wd - d.weekday + 7) % 7, (d.weekday - wd + 7) % 7)
    }

    /// A weekday of the document date's own ISO week ("this Friday").
    func weekdayThisWeek(_ wd: Int) -> String {
        guard let d = dct else { return "XXXX-WXX-" + String(wd) }
        return d.adding(days: wd - d.weekday).iso
    }

    /// The year a month (and day) without one most plausibly falls in.
    func year(month m: Int, day: Int?, _ direction: TimeDirection) -> Int? {
        guard let d = dct else { return nil }
        let dayOfMonth = day ?? 15
        guard let candidate = CalendarDate(year: d.year, month: m, day: min(dayOfMonth, CalendarDate.daysIn(month: m, year: d.year))) else {
            return d.year
        }
        let gap = candidate.dayNumber - d.dayNumber
        switch direction {
        // told in the past: this year's unless it lies ahead by more than the rest of this month and
        // the next ("changed to a calendar year in December" in an October paper is last December)
        case .past: return gap > 45 ? d.year - 1 : d.year
        // told of the future: this year's unless it lies four months behind (the tense cue may be wrong)
        case .future: return gap < -120 ? d.year + 1 : d.year
        case .unknown:
            // untold: the nearer one, leaning to the past as reports do ("an op-ed in May" in a
            // November paper is this year's, though next May is nearer by days)
            if gap > 183 { return d.year - 1 }
            if gap < -240 { return d.year + 1 }
            return d.year
        }
    }

    /// A month and day without a year ("June 12").
    func monthDay(_ m: Int, _ dd: Int, _ direction: TimeDirection) -> String {
        guard let y = year(month: m, day: dd, direction) else { return "XXXX-" + pad(m, 2) + "-" + pad(dd, 2) }
        return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(dd, 2)
    }

    /// A month without a year ("in January").
    func monthAlone(_ m: Int, _ direction: TimeDirection) -> String {
        guard let y = year(month: m, day: nil, direction) else { return "XXXX-" + pad(m, 2) }
        return pad(y, 4) + "-" + pad(m, 2)
    }

    /// A month named with last/this/next ("last April": the latest April before this month).
    func month(_ m: Int, relative offset: Int) -> String {
        guard let d = dct else { return "XXXX-" + pad(m, 2) }
        var y = d.year
        if offset < 0 && m >= d.month { y -= 1 }
        if offset > 0 && m <= d.month { y += 1 }
        return pad(y, 4) + "-" + pad(m, 2)
    }

    /// A season ("SU") named with last/this/next, or bare with a direction.
    func season(_ code: String, offset: Int?, _ direction: TimeDirection) -> String {
        guard let d = dct else { return "XXXX-" + code }
        let middle: Int
        switch code {
        case "SP": middle = 4
        case "SU": middle = 7
        case "FA": middle = 10
        default: middle = 1
        }
        var y = d.year
        let current = abs(middle - d.month) <= 1 || (code == "WI" && d.month == 12)
        if code == "WI" && d.month == 12 { y += 1 }
        switch offset {
        case .some(let o) where o < 0:
            if current || middle > d.month { y -= 1 }
        case .some(let o) where o > 0:
            if current || middle < d.month { y += 1 }
        case .some:
            // "expecting their second child this summer" in December: the summer to come
            if direction == .future && middle < d.month - 1 && !(code == "WI" && d.month == 12) { y += 1 }
        case .none:
            if direction == .past && middle > d.month + 1 { y -= 1 }
            if direction == .future && middle < d.month - 1 { y += 1 }
        }
        return pad(y, 4) + "-" + code
    }

    /// An ordinal quarter (or half) of the document's year: a later one than
    /// now belongs to last year unless the clause looks ahead.
    func quarterOfYear(_ q: Int, half: Bool, _ direction: TimeDirection) -> String {
        guard let d = dct else { return "XXXX-" + (half ? "H" : "Q") + String(q) }
        let startMonth = half ? (q - 1) * 6 + 1 : (q - 1) * 3 + 1
        let y = startMonth > d.month && direction != .future ? d.year - 1 : d.year
        return pad(y, 4) + "-" + (half ? "H" : "Q") + String(q)
    }

    /// The latest quarter a report at the document date covers: the one that
    /// held the date about six weeks earlier (results come after a quarter ends).
    func latestQuarter(yearOffset: Int = 0) -> String {
        guard let d = dct else { return "XXXX-QX" }
        let e = d.adding(days: -45)
        return pad(e.year + yearOffset, 4) + "-Q" + String((e.month - 1) / 3 + 1)
    }

    /// A fixed-date or computed holiday in the year a direction gives.
    func holiday(_ h: TimeWord.Holiday, _ direction: TimeDirection) -> String {
        let md: (Int, Int)
        switch h {
        case .christmas: md = (12, 25)
        case .christmasEve: md = (12, 24)
        case .newYearsDay: md = (1, 1)
        case .newYearsEve: md = (12, 31)
        case .independenceDay: md = (7, 4)
        case .halloween: md = (10, 31)
        case .valentines: md = (2, 14)
        case .thanksgiving, .laborDay, .memorialDay, .easter, .electionDay:
            guard let d = dct else { return "XXXX-XX-XX" }
            func dateIn(_ y: Int) -> CalendarDate? { Self.movableHoliday(h, year: y) }
            guard var date = dateIn(d.year) else { return "XXXX-XX-XX" }
            if direction == .past && date > d, let prev = dateIn(d.year - 1) { date = prev }
            if direction == .future && date < d, let next = dateIn(d.year + 1) { date = next }
            // an election day told without tense is the coming one in the year of the campaign, or the one just held
            if direction == .unknown && h == .electionDay {
                if date.dayNumber < d.dayNumber - 60, let next = dateIn(d.year + 1) { date = next }
            } else if direction == .unknown && date.dayNumber - d.dayNumber > 183, let prev = dateIn(d.year - 1) { date = prev }
            return date.iso
        }
        return monthDay(md.0, md.1, direction)
    }

    /// The ISO week holding a holiday ("Easter week"): one that has begun by the document's date counts as
    /// past already ("as Easter week began" on its Monday is this year's).
    func holidayWeek(_ h: TimeWord.Holiday, _ direction: TimeDirection) -> String {
        guard let d = dct, let near = CalendarDate(iso: holiday(h, .unknown)) else { return "XXXX-WXX" }
        let monday = near.adding(days: -(near.weekday - 1))
        if direction == .past && monday > d, let earlier = CalendarDate(iso: holiday(h, .past)) { return earlier.isoWeekString }
        if direction == .future && near < d, let later = CalendarDate(iso: holiday(h, .future)) { return later.isoWeekString }
        return near.isoWeekString
    }

    /// Thanksgiving (fourth Thursday of November), Labor Day, Memorial Day, Easter and the US
    /// Election Day (the Tuesday after the first Monday of November) of a year.
    static func movableHoliday(_ h: TimeWord.Holiday, year y: Int) -> CalendarDate? {
        switch h {
        case .thanksgiving:
            guard let nov1 = CalendarDate(year: y, month: 11, day: 1) else { return nil }
            return nov1.adding(days: (4 - nov1.weekday + 7) % 7 + 21)
        case .laborDay:
            guard let sep1 = CalendarDate(year: y, month: 9, day: 1) else { return nil }
            return sep1.adding(days: (1 - sep1.weekday + 7) % 7)
        case .electionDay:
            guard let nov2 = CalendarDate(year: y, month: 11, day: 2) else { return nil }
            return nov2.adding(days: (2 - nov2.weekday + 7) % 7)
        case .memorialDay:
            guard let may31 = CalendarDate(year: y, month: 5, day: 31) else { return nil }
            return may31.adding(days: -((may31.weekday - 1 + 7) % 7))
        case .easter:
            // the anonymous Gregorian computus
            let a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4
            let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
            let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7
            let m = (a + 11 * h + 22 * l) / 451
            return CalendarDate(year: y, month: (h + l - 7 * m + 114) / 31, day: (h + l - 7 * m + 114) % 31 + 1)
        default:
            return nil
        }
    }
}

@inline(__always) func floorDiv(_ a: Int, _ b: Int) -> Int {
    a >= 0 ? a / b : -((-a + b - 1) / b)
}
