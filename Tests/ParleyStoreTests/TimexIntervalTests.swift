import Parley
import Testing
@testable import ParleyStore

@Suite struct TimexIntervalTests {
    static func day(_ iso: String) -> Int { CalendarDate(iso: iso)?.dayNumber ?? -1 }

    @Test(arguments: [
        ("2018-04-23", "2018-04-23", "2018-04-23"),
        ("2018-W17", "2018-04-23", "2018-04-29"),
        ("2020-W01", "2019-12-30", "2020-01-05"),
        ("2018-04", "2018-04-01", "2018-04-30"),
        ("2018-Q2", "2018-04-01", "2018-06-30"),
        ("2018", "2018-01-01", "2018-12-31"),
        ("2018-04-23T10:30", "2018-04-23", "2018-04-23"),
        ("2018-W17-WE", "2018-04-28", "2018-04-29"),
        ("2018-H2", "2018-07-01", "2018-12-31"),
        ("2018-SU", "2018-06-01", "2018-08-31"),
        ("2018-WI", "2017-12-01", "2018-02-28"),
    ])
    func aDateValueCoversItsDays(value: String, first: String, last: String) throws {
        let interval = try #require(TimexInterval(value: value))
        #expect(interval.first == Self.day(first))
        #expect(interval.last == Self.day(last))
    }

    /// Decades and centuries only when asked for: the store never merges reports on them.
    @Test func decadesAndCenturiesOnlyWhenAskedFor() throws {
        #expect(TimexInterval(value: "196") == nil)
        let sixties = try #require(TimexInterval(value: "196", decades: true))
        #expect(sixties == TimexInterval(first: Self.day("1960-01-01"), last: Self.day("1969-12-31")))
        let century = try #require(TimexInterval(value: "19", decades: true))
        #expect(century == TimexInterval(first: Self.day("1900-01-01"), last: Self.day("1999-12-31")))
    }

    @Test(arguments: ["PAST_REF", "P2W", "2018-13", "2018-W60", "", "yesterday"])
    func aValueThatNamesNoDaysHasNoInterval(value: String) {
        #expect(TimexInterval(value: value) == nil)
    }
}
