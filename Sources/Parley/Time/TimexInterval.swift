/// The days a TIMEX3 date value covers, as day numbers since 1970-01-01, both ends included.
///
/// `2018-04-23` is one day, `2018-W17` its ISO week, `2018-W17-WE` that week's Saturday and Sunday,
/// `2018-04` the month, `2018-Q2` the quarter, `2018-H1` the half, `2018-SU` the season (meteorological:
/// summer June to August, `2018-WI` the winter whose January is in 2018), `2018` the year; a value with
/// a time (`2018-04-23T10:00`) is its day. With `decades`, `201` (the 2010s) and `19` (1900–1999, TimeML's
/// value for the twentieth century) count too. Anything else (`PAST_REF`, durations, nil) has no interval
/// and so never overlaps another date.
public struct TimexInterval: Sendable, Hashable {
    public var first: Int
    public var last: Int

    public init(first: Int, last: Int) {
        self.first = first
        self.last = last
    }

    /// Whether the two intervals share at least one day.
    public func overlaps(_ other: TimexInterval) -> Bool { first <= other.last && other.first <= last }

    /// Parses a TIMEX3 date value; nil when it names no calendar interval. Decades and centuries
    /// only with `decades` (too wide for the store to merge reports on).
    public init?(value: String?, decades: Bool = false) {
        guard var v = value else { return nil }
        // The common value, a day ("2018-04-23", perhaps with a time): no splitting.
        if v.utf8.count >= 10, let d = CalendarDate(iso: v.utf8.count == 10 ? v : String(v.prefix(10))),
           v.utf8.count == 10 || v.utf8.dropFirst(10).first == UInt8(ascii: "T") {
            self.init(first: d.dayNumber, last: d.dayNumber)
            return
        }
        if let t = v.firstIndex(of: "T"), v.distance(from: v.startIndex, to: t) == 10 { v = String(v[..<t]) }
        let parts = v.split(separator: "-", omittingEmptySubsequences: false)
        if decades, parts.count == 1, let first = parts.first, first.count == 2 || first.count == 3,
           first.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let n = Int(first) {
            let years = first.count == 3 ? 10 : 100
            guard let a = CalendarDate(year: n * years, month: 1, day: 1),
                  let b = CalendarDate(year: n * years + years - 1, month: 12, day: 31) else { return nil }
            self.init(first: a.dayNumber, last: b.dayNumber)
            return
        }
        guard let first = parts.first, first.count == 4, let year = Int(first) else { return nil }
        if parts.count == 3, parts[2] == "WE", let week = Self.isoWeek(year, parts[1]) {
            self.init(first: week.first + 5, last: week.last)
            return
        }
        switch parts.count {
        case 1:
            guard let a = CalendarDate(year: year, month: 1, day: 1), let b = CalendarDate(year: year, month: 12, day: 31) else { return nil }
            self.init(first: a.dayNumber, last: b.dayNumber)
        case 2:
            let p = parts[1]
            if let week = Self.isoWeek(year, p) {
                self = week
            } else if let (from, months) = Self.seasons[String(p)],
                      let a = CalendarDate(year: from > 0 ? year : year - 1, month: abs(from), day: 1) {
                let lastMonth = (abs(from) + months - 2) % 12 + 1
                guard let b = CalendarDate(year: year, month: lastMonth, day: CalendarDate.daysIn(month: lastMonth, year: year))
                else { return nil }
                self.init(first: a.dayNumber, last: b.dayNumber)
            } else if p.hasPrefix("Q"), let q = Int(p.dropFirst()), (1...4).contains(q),
                      let a = CalendarDate(year: year, month: 3 * q - 2, day: 1),
                      let b = CalendarDate(year: year, month: 3 * q, day: CalendarDate.daysIn(month: 3 * q, year: year)) {
                self.init(first: a.dayNumber, last: b.dayNumber)
            } else if p.count == 2, let m = Int(p), let a = CalendarDate(year: year, month: m, day: 1),
                      let b = CalendarDate(year: year, month: m, day: CalendarDate.daysIn(month: m, year: year)) {
                self.init(first: a.dayNumber, last: b.dayNumber)
            } else {
                return nil
            }
        case 3:
            guard let d = CalendarDate(iso: v) else { return nil }
            self.init(first: d.dayNumber, last: d.dayNumber)
        default:
            return nil
        }
    }

    /// "W17" of a year: Monday to Sunday of that ISO week (week 1 holds 4 January).
    static func isoWeek(_ year: Int, _ p: Substring) -> TimexInterval? {
        guard p.hasPrefix("W"), let week = Int(p.dropFirst()), (1...53).contains(week),
              let jan4 = CalendarDate(year: year, month: 1, day: 4) else { return nil }
        let monday = jan4.dayNumber - (jan4.weekday - 1) + 7 * (week - 1)
        return TimexInterval(first: monday, last: monday + 6)
    }

    /// Halves and seasons: first month (negative: of the year before) and length in months.
    static let seasons: [String: (Int, Int)] = ["H1": (1, 6), "H2": (7, 6), "SP": (3, 3), "SU": (6, 3), "FA": (9, 3), "WI": (-12, 3)]
}
