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
    ])
    func aDateValueCoversItsDays(value: String, first: String, last: String) throws {
        let interval = try #require(TimexInterval(value: value))
        #expect(interval.first == Self.day(first))
        #expect(interval.last == Self.day(last))
    }

    @Test(arguments: ["PAST_REF", "P2W", "2018-13", "2018-W60", "", "yesterday"])
    func aValueThatNamesNoDaysHasNoInterval(value: String) {
        #expect(TimexInterval(value: value) == nil)
    }
}
