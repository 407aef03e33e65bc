import Testing
@testable import Parley

struct TimeTaggerTests {
    /// (sentence, article date, expression, type, value, mod)
    static let cases: [(String, String?, String, TimeType, String?, String?)] = [
        ("The envoys met on Monday.", "2018-04-23", "Monday", .date, "2018-04-23", nil),
        ("The envoy, who on Thursday pulled out of the talks, spoke.", "2018-05-27", "Thursday", .date, "2018-05-24", nil),
        ("She is slated to meet the minister on Tuesday.", "2018-04-23", "Tuesday", .date, "2018-04-24", nil),
        ("They are expected to meet on Monday and Tuesday.", "2018-05-27", "Tuesday", .date, "2018-05-29", nil),
        ("Talks were held last week.", "2018-04-23", "last week", .date, "2018-W16", nil),
        ("Talks go on this week.", "2018-04-23", "this week", .date, "2018-W17", nil),
        ("The ministers promised earlier this month to talk.", "2018-04-23", "earlier this month", .date, "2018-04", "START"),
        ("The summit is planned for June 12 in Geneva.", "2018-05-27", "June 12", .date, "2018-06-12", nil),
        ("He was ambassador from 2011 to 2014.", "2018-05-27", "2014", .date, "2014", nil),
        ("Updated: September 27, 2018", nil, "September 27, 2018", .date, "2018-09-27", nil),
        ("There are just over two weeks left.", "2018-05-27", "just over two weeks", .duration, "P2W", "MORE_THAN"),
        ("The talks lasted 18 months.", "2018-05-27", "18 months", .duration, "P18M", nil),
        ("They meet every Monday.", "2018-05-27", "every Monday", .set, "XXXX-WXX-1", nil),
        ("The deal was signed two years ago.", "2018-05-27", "two years ago", .date, "2016", nil),
        ("The vote was held yesterday.", "2018-05-27", "yesterday", .date, "2018-05-26", nil),
        ("Prices are rising now.", "2018-05-27", "now", .date, "PRESENT_REF", nil),
        ("Exports fell in the third quarter.", "2018-11-02", "the third quarter", .date, "2018-Q3", nil),
        ("The army withdrew in the 1990s.", "2018-11-02", "the 1990s", .date, "199", nil),
        ("Leaders meet this summer.", "2018-05-27", "this summer", .date, "2018-SU", nil),
        ("The talks began at 9 a.m.", "2018-05-27", "9 a.m.", .time, "2018-05-27T09:00", nil),
        ("The envoys met on Monday.", nil, "Monday", .date, "XXXX-WXX-1", nil),
        ("The summit is planned for June 12.", nil, "June 12", .date, "XXXX-06-12", nil),
    ]

    @Test(arguments: cases)
    func resolves(_ text: String, _ published: String?, _ expr: String, _ type: TimeType, _ value: String?, _ mod: String?) throws {
        let doc = Fixtures.pipeline.prefix(through: "times").run(text: text, id: "t", published: published)
        let t = try #require(doc.times.first { $0.text == expr }, "times: \(doc.times.map { "\($0.text)=\($0.value ?? "nil")" })")
        #expect(t.type == type)
        #expect(t.value == value)
        #expect(t.mod == mod)
        #expect(doc.slice(t.start, t.end) == t.text)
    }

    @Test func modalMayIsNotAMonth() {
        let doc = Fixtures.pipeline.prefix(through: "times").run(text: "A summit may still take place.", id: "t", published: "2018-05-27")
        #expect(doc.times.isEmpty)
    }
}
