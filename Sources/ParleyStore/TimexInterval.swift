import Parley

/// The days a TIMEX3 date value covers, as day numbers since 1970-01-01, both ends included.
///
/// `2018-04-23` is one day, `2018-W17` its ISO week, `2018-04` the month, `2018-Q2` the quarter,
/// `2018` the year; a value with a time (`2018-04-23T10:00`) is its day. Anything else
/// (`PAST_REF`, durations, nil) has no interval and so never overlaps another date.
public struct TimexInterval: Sendable, Hashable {
    public var first: Int
    public var last: Int

    public init(first: Int, last: Int) {
        self.first = first
        self.last = last
    }

    /// Whether the two intervals share at least one day.
    public func overlaps(_ other: TimexInterval) -> Bool { first <= other.last && other.first <= last }

    /// Parses a TIMEX3 date value; nil when it names no calendar interval.
    public init?(value: String?) {
        guard var v = value else { return nil }
        // The common value, a day ("2018-04-23", perhaps with a time): no splitting.
        if v.utf8.count >= 10, let d = CalendarDate(iso: v.utf8.count == 10 ? v : String(v.prefix(10))),
           v.utf8.count == 10 || v.utf8.dropFirst(10).first == UInt8(ascii: "T") {
            self.init(first: d.dayNumber, last: d.dayNumber)
            return
        }
        if let t = v.firstIndex(of: "T"), v.distance(from: v.startIndex, to: t) == 10 { v = String(v[..<t]) }
        let parts = v.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, first.count == 4, let year = Int(first) else { return nil }
        switch parts.count {
        case 1:
            guard let a = CalendarDate(year: year, month: 1, day: 1), let b = CalendarDate(year: year, month: 12, day: 31) else { return nil }
            self.init(first: a.dayNumber, last: b.dayNumber)
        case 2:
            let p = parts[1]
            if p.hasPrefix("W"), let week = Int(p.dropFirst()), (1...53).contains(week),
               let jan4 = CalendarDate(year: year, month: 1, day: 4) {
                // ISO week 1 is the week holding 4 January.
                let monday = jan4.dayNumber - (jan4.weekday - 1) + 7 * (week - 1)
                self.init(first: monday, last: monday + 6)
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
}
