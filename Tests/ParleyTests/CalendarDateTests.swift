import Testing
@testable import Parley

struct CalendarDateTests {
    static let cases: [(String, Int, String)] = [
        ("2018-04-23", 1, "2018-W17"),
        ("2018-05-27", 7, "2018-W21"),
        ("2016-01-01", 5, "2015-W53"),
        ("2020-12-31", 4, "2020-W53"),
        ("2000-02-29", 2, "2000-W09"),
    ]

    @Test(arguments: cases)
    func weekdayAndWeek(_ iso: String, _ weekday: Int, _ week: String) throws {
        let d = try #require(CalendarDate(iso: iso))
        #expect(d.weekday == weekday)
        #expect(d.isoWeekString == week)
        #expect(CalendarDate(dayNumber: d.dayNumber) == d)
        #expect(d.iso == iso)
    }

    @Test func rejectsImpossibleDays() {
        #expect(CalendarDate(iso: "2018-02-29") == nil)
        #expect(CalendarDate(iso: "2018-13-01") == nil)
        #expect(CalendarDate(iso: "18-01-01") == nil)
    }

    @Test func addsDaysAcrossMonthsAndYears() throws {
        let d = try #require(CalendarDate(iso: "2018-12-30"))
        #expect(d.adding(days: 3).iso == "2019-01-02")
        #expect(d.adding(days: -365).iso == "2017-12-30")
    }
}
