import Testing
@testable import Parley

struct TimeResolverTests {
    static let resolver = TimeResolver(dct: CalendarDate(iso: "2018-01-03"))

    @Test func crossesYearBoundaries() {
        #expect(Self.resolver.month(-1) == "2017-12")
        #expect(Self.resolver.quarter(-1) == "2017-Q4")
        #expect(Self.resolver.week(-1) == "2017-W52")
        #expect(Self.resolver.decade(0) == "201")
        #expect(Self.resolver.century(0) == "20")
    }

    static let holidays: [(TimeWord.Holiday, Int, String)] = [
        (.thanksgiving, 2018, "2018-11-22"), (.easter, 2018, "2018-04-01"), (.easter, 2000, "2000-04-23"),
        (.laborDay, 2018, "2018-09-03"), (.memorialDay, 2018, "2018-05-28"),
    ]

    @Test(arguments: holidays)
    func movableHolidays(_ h: TimeWord.Holiday, _ year: Int, _ iso: String) {
        #expect(TimeResolver.movableHoliday(h, year: year)?.iso == iso)
    }
}
