import Foundation
import Testing
@testable import Parley

struct TimeTaggerTests {
    struct Case: Sendable, CustomStringConvertible {
        var sentence: String
        var published: String?
        var text: String
        var type: TimeType
        var value: String?
        var mod: String? = nil
        var description: String { "\(sentence) @\(published ?? "-")" }
    }

    static let cases: [Case] = [
        // weekdays: the article's own weekday, tense-driven direction
        Case(sentence: "The envoy met on Monday with the minister.", published: "2018-04-23", text: "Monday", type: .date, value: "2018-04-23"),
        Case(sentence: "She is slated to meet the envoy on Tuesday.", published: "2018-04-23", text: "Tuesday", type: .date, value: "2018-04-24"),
        Case(sentence: "The president, who on Thursday pulled out of the meeting, spoke.", published: "2018-05-27", text: "Thursday", type: .date, value: "2018-05-24"),
        Case(sentence: "The leaders will meet Friday in Geneva.", published: "2018-05-27", text: "Friday", type: .date, value: "2018-06-01"),
        Case(sentence: "The ministers met Saturday in Geneva.", published: "2018-05-27", text: "Saturday", type: .date, value: "2018-05-26"),
        Case(sentence: "Talks ended last Friday without a deal.", published: "2018-04-23", text: "last Friday", type: .date, value: "2018-04-20"),
        Case(sentence: "The vote is due next Monday.", published: "2018-04-23", text: "next Monday", type: .date, value: "2018-04-30"),
        // a plan told in the past, "is to", a date fronted far from its verb, a plan named rather than told
        Case(sentence: "Unions called a rally in the harbour on Saturday and were planning to block roads.", published: "2018-04-24", text: "Saturday", type: .date, value: "2018-04-28"),
        Case(sentence: "The ferry line is to restart its crossings Tuesday.", published: "2018-04-26", text: "Tuesday", type: .date, value: "2018-05-01"),
        Case(sentence: "In January, two days after the opening of the new session of the regional assembly, a storm flooded the port.",
             published: "2018-10-25", text: "January", type: .date, value: "2018-01"),
        Case(sentence: "The council unveiled the plan Aug. 21 after long talks.", published: "2018-12-27", text: "Aug. 21", type: .date, value: "2018-08-21"),
        // a planned day after a verb in the present
        Case(sentence: "The two leaders meet separately Monday with the mediator.", published: "1998-05-01", text: "Monday", type: .date, value: "1998-05-04"),
        Case(sentence: "Talks resume on Tuesday in Vienna.", published: "2018-04-26", text: "Tuesday", type: .date, value: "2018-05-01"),
        // the narrative's day, not the document's
        Case(sentence: "He was arrested on Tuesday and released the next day.", published: "2000-02-24", text: "the next day", type: .date, value: "2000-02-23"),
        Case(sentence: "They met on March 3 and again the next morning.", published: "2018-04-23", text: "the next morning", type: .time, value: "2018-03-04TMO"),
        Case(sentence: "The envoy left on May 2, and that same day the border closed.", published: "2018-05-10", text: "that same day", type: .date, value: "2018-05-02"),
        Case(sentence: "The firm earned $5 million in the second quarter, and results for that quarter included a charge.", published: "2018-10-25", text: "that quarter", type: .date, value: "2018-Q2"),
        Case(sentence: "Sales rose this year, after falling the year before.", published: "2015-05-07", text: "the year before", type: .date, value: "2014"),
        Case(sentence: "He left on May 2 and returned the day after.", published: "2015-05-07", text: "the day after", type: .date, value: "2015-05-03"),
        Case(sentence: "Voters went to the polls on Sunday, and the polls closed at 22:30.", published: "2016-09-09", text: "22:30", type: .time, value: "2016-09-04T22:30"),
        // "this weekend" told in the past from midweek is the one gone by
        Case(sentence: "He was a guest at the fair this weekend.", published: "2015-09-22", text: "this weekend", type: .date, value: "2015-W38-WE"),
        Case(sentence: "They will meet this weekend.", published: "2015-09-22", text: "this weekend", type: .date, value: "2015-W39-WE"),
        // a capital read as a title's leaves the weekday a date
        Case(sentence: "The festival was off to a bright start on Saturday Night as crowds gathered.", published: "2007-03-05", text: "Saturday", type: .date, value: "2007-03-03"),
        // a possessive weekday looks ahead in a clause about the future; a following clause's verb says nothing
        Case(sentence: "A majority of voters expect her to win Monday's debate.", published: "2016-09-25", text: "Monday", type: .date, value: "2016-09-26"),
        Case(sentence: "The minister said the country would declare its intention by the end of March and suggested it would leave.",
             published: "2016-10-05", text: "the end of March", type: .date, value: "2017-03", mod: "END"),
        Case(sentence: "Following Monday's debate, the fact-checkers published their findings.", published: "2016-09-29", text: "Monday", type: .date, value: "2016-09-26"),
        Case(sentence: "She left an event on September 11. The show airs weekdays from 6 a.m. Eastern.", published: "2016-09-15", text: "6 a.m.", type: .time, value: "2016-09-15T06:00"),
        Case(sentence: "The pact was signed in 1994, but two years later the talks broke down.", published: "2016-09-28", text: "two years later", type: .date, value: "1996"),
        Case(sentence: "The couple are expecting their second child this summer.", published: "2015-12-21", text: "this summer", type: .date, value: "2016-SU"),
        Case(sentence: "On election day, you just hop on a bus.", published: "2016-02-18", text: "election day", type: .date, value: "2016-11-08"),
        Case(sentence: "He praised the response to the Sept. 11 attacks.", published: "2016-02-17", text: "Sept. 11", type: .date, value: "2001-09-11"),
        Case(sentence: "If the senator wins the primary Tuesday, she will lead.", published: "2016-04-02", text: "Tuesday", type: .date, value: "2016-04-05"),
        Case(sentence: "The chairman this past week announced a website.", published: "2016-04-02", text: "past week", type: .date, value: "2016-W13"),
        Case(sentence: "\"I feel very good about our chances in November,\" the senator said.", published: "2016-06-10", text: "November", type: .date, value: "2016-11"),
        Case(sentence: "If we remember nothing else about her, who died Sunday at 94, it will be that image.", published: "2016-03-07", text: "Sunday", type: .date, value: "2016-03-06"),
        Case(sentence: "An aide said that the senator, who did win the state on Tuesday, would press on.", published: "2016-04-27", text: "Tuesday", type: .date, value: "2016-04-26"),
        Case(sentence: "If he follows up his Tuesday wins with a victory, he gains.", published: "2016-03-23", text: "Tuesday", type: .date, value: "2016-03-22"),
        Case(sentence: "The gallery celebrated the Thursday opening.", published: "2014-01-28", text: "Thursday", type: .date, value: "2014-01-23"),
        Case(sentence: "They hoped to see her before Monday's caucuses.", published: "2016-01-31", text: "Monday", type: .date, value: "2016-02-01"),
        Case(sentence: "The suspect is likely to appear in court Wednesday.", published: "2015-12-08", text: "Wednesday", type: .date, value: "2015-12-09"),
        Case(sentence: "On Wednesday night, the president insisted that the country was strong.", published: "2016-07-29", text: "Wednesday night", type: .date, value: "2016-07-27"),
        Case(sentence: "Refugees still hope for a brighter tomorrow.", published: "2016-09-12", text: "tomorrow", type: .date, value: "FUTURE_REF"),
        // a day counted from a named day
        Case(sentence: "The day before last Tuesday's hearing, the lawyers met.", published: "2000-02-24", text: "The day before last Tuesday", type: .date, value: "2000-02-21"),
        Case(sentence: "They left the day after Christmas.", published: "2000-02-24", text: "the day after Christmas", type: .date, value: "1999-12-26"),
        // weeks, months, years, seasons, quarters
        Case(sentence: "They discussed the summit last week.", published: "2018-04-23", text: "last week", type: .date, value: "2018-W16"),
        Case(sentence: "Things may change this week.", published: "2018-04-23", text: "this week", type: .date, value: "2018-W17"),
        Case(sentence: "They had promised earlier this month to talk.", published: "2018-04-23", text: "earlier this month", type: .date, value: "2018-04", mod: "START"),
        Case(sentence: "Profits fell last year.", published: "2018-04-23", text: "last year", type: .date, value: "2017"),
        Case(sentence: "Elections are planned for next month.", published: "2018-04-23", text: "next month", type: .date, value: "2018-05"),
        Case(sentence: "The treaty was signed in 2005.", published: "2018-04-23", text: "2005", type: .date, value: "2005"),
        Case(sentence: "The summit will be held on June 12 in Singapore.", published: "2018-05-27", text: "June 12", type: .date, value: "2018-06-12"),
        Case(sentence: "The deal was struck on Nov. 25.", published: "2018-02-16", text: "Nov. 25", type: .date, value: "2017-11-25"),
        Case(sentence: "It opened on May 26, 2018 in Seoul.", published: "2018-05-27", text: "May 26, 2018", type: .date, value: "2018-05-26"),
        Case(sentence: "Trade grew in July 1997.", published: nil, text: "July 1997", type: .date, value: "1997-07"),
        Case(sentence: "Exports rose in January.", published: "2018-04-23", text: "January", type: .date, value: "2018-01"),
        Case(sentence: "The army withdrew this summer.", published: "2018-08-02", text: "this summer", type: .date, value: "2018-SU"),
        Case(sentence: "Talks resumed last fall.", published: "2018-04-23", text: "last fall", type: .date, value: "2017-FA"),
        Case(sentence: "Earnings rose in the third quarter.", published: "2018-10-26", text: "the third quarter", type: .date, value: "2018-Q3"),
        Case(sentence: "Third-quarter profit rose.", published: "2018-10-26", text: "Third-quarter", type: .date, value: "2018-Q3"),
        Case(sentence: "Unrest grew in the 1990s.", published: "2018-04-23", text: "the 1990s", type: .date, value: "199"),
        Case(sentence: "The plan dates from the 20th century.", published: "2018-04-23", text: "the 20th century", type: .date, value: "19"),
        Case(sentence: "Prices peaked in late November.", published: "2018-12-10", text: "late November", type: .date, value: "2018-11", mod: "END"),
        Case(sentence: "He was ambassador from 2011 to 2014.", published: "2018-05-27", text: "2011", type: .date, value: "2011"),
        Case(sentence: "He was ambassador from 2011 to 2014.", published: "2018-05-27", text: "2014", type: .date, value: "2014"),
        // deictic words and times of day
        Case(sentence: "The minister arrived yesterday.", published: "2018-04-23", text: "yesterday", type: .date, value: "2018-04-22"),
        Case(sentence: "The sanctions are now in force.", published: "2018-04-23", text: "now", type: .date, value: "PRESENT_REF"),
        Case(sentence: "Relations have recently improved.", published: "2018-04-23", text: "recently", type: .date, value: "PAST_REF"),
        Case(sentence: "Peace may come in the future.", published: "2018-04-23", text: "the future", type: .date, value: "FUTURE_REF"),
        Case(sentence: "The blast came at 3 p.m. in the capital.", published: "2018-04-23", text: "3 p.m.", type: .time, value: "2018-04-23T15:00"),
        Case(sentence: "The envoy spoke this morning.", published: "2018-04-23", text: "this morning", type: .time, value: "2018-04-23TMO"),
        // durations and their modifiers
        Case(sentence: "There are just over two weeks left.", published: "2018-05-27", text: "just over two weeks", type: .duration, value: "P2W", mod: "MORE_THAN"),
        Case(sentence: "The talks lasted three hours.", published: nil, text: "three hours", type: .duration, value: "PT3H"),
        Case(sentence: "The siege lasted about six months.", published: nil, text: "about six months", type: .duration, value: "P6M", mod: "APPROX"),
        Case(sentence: "The truce held for nearly a year.", published: nil, text: "nearly a year", type: .duration, value: "P1Y", mod: "LESS_THAN"),
        Case(sentence: "Inflation rose over the past two months.", published: "2018-04-23", text: "the past two months", type: .duration, value: "P2M"),
        Case(sentence: "It was a two-year program.", published: nil, text: "two-year", type: .duration, value: "P2Y"),
        Case(sentence: "They talked for 5 1/2 hours.", published: nil, text: "5 1/2 hours", type: .duration, value: "PT5H30M"),
        Case(sentence: "He left two weeks ago.", published: "2018-04-23", text: "two weeks ago", type: .date, value: "2018-W15"),
        Case(sentence: "Sales were weaker a year earlier.", published: "2018-04-23", text: "a year earlier", type: .date, value: "2017"),
        // a weekday's part of day is that day; words next to a date fix its direction
        Case(sentence: "Protesters rallied on Friday night in the capital.", published: "2018-04-23", text: "Friday night", type: .date, value: "2018-04-20"),
        Case(sentence: "The deadline was extended until Tuesday.", published: "2018-04-25", text: "Tuesday", type: .date, value: "2018-05-01"),
        Case(sentence: "Diplomats will study Wednesday's vote.", published: "2018-04-27", text: "Wednesday", type: .date, value: "2018-04-25"),
        Case(sentence: "Funds left on Friday Oct. 13 alone.", published: "2017-10-27", text: "Friday Oct. 13", type: .date, value: "2017-10-13"),
        Case(sentence: "He was shot last Oct. 23 at home.", published: "2018-04-19", text: "last Oct. 23", type: .date, value: "2017-10-23"),
        // months and quarters of a named or relative year
        Case(sentence: "The embassy opened in June last year.", published: "2018-04-23", text: "June last year", type: .date, value: "2017-06"),
        Case(sentence: "Profit fell in this year's third quarter.", published: "2018-11-01", text: "this year's third quarter", type: .date, value: "2018-Q3"),
        Case(sentence: "Profit rose in the 2017 second quarter.", published: "2018-11-01", text: "the 2017 second quarter", type: .date, value: "2017-Q2"),
        Case(sentence: "Earnings will be lower for the last half of 2017.", published: "2017-10-26", text: "the last half of 2017", type: .date, value: "2017-H2"),
        Case(sentence: "The hearing is set for the week of March 6.", published: "2018-02-20", text: "the week of March 6", type: .date, value: "2018-W10"),
        Case(sentence: "Earnings rose for the year.", published: "2018-04-23", text: "the year", type: .date, value: "2018"),
        Case(sentence: "Sales for the year ended March 31 fell.", published: "2018-04-23", text: "the year", type: .duration, value: "P1Y"),
        // a narrative's own dates; broadcast-style years
        Case(sentence: "He was promoted on May 22, 1995, and the following year he became envoy.", published: "2018-04-23", text: "the following year", type: .date, value: "1996"),
        Case(sentence: "The treaty was signed in nineteen ninety-one.", published: "2018-04-23", text: "nineteen ninety-one", type: .date, value: "1991"),
        Case(sentence: "Now officials say the talks failed.", published: "2018-04-23", text: "Now", type: .date, value: "PRESENT_REF"),
        // sets
        Case(sentence: "The council meets every Monday.", published: "2018-04-23", text: "every Monday", type: .set, value: "XXXX-WXX-1"),
        Case(sentence: "Patrols go out daily.", published: "2018-04-23", text: "daily", type: .set, value: "P1D"),
        Case(sentence: "Inspectors visit each year.", published: nil, text: "each year", type: .set, value: "P1Y"),
        // without a document date nothing relative is guessed
        Case(sentence: "The minister arrived yesterday.", published: nil, text: "yesterday", type: .date, value: "XXXX-XX-XX"),
        Case(sentence: "They met on Tuesday.", published: nil, text: "Tuesday", type: .date, value: "XXXX-WXX-2"),
        // vague stretches, nights before the document date, year-end
        Case(sentence: "Tension has grown in recent weeks.", published: "2018-04-23", text: "recent weeks", type: .duration, value: "PXW"),
        Case(sentence: "Trade has slowed in recent years.", published: "2018-04-23", text: "recent years", type: .date, value: "PAST_REF"),
        Case(sentence: "Troops massed in the weeks before the vote.", published: "2018-04-23", text: "weeks", type: .duration, value: "PXW"),
        Case(sentence: "For weeks the talks stalled.", published: "2018-04-23", text: "weeks", type: .duration, value: "PXW"),
        Case(sentence: "The envoy said last night that talks would resume.", published: "2018-04-23", text: "last night", type: .time, value: "2018-04-22TNI"),
        Case(sentence: "Losses narrowed over the past two quarters.", published: "2018-10-26", text: "the past two quarters", type: .duration, value: "P2Q"),
        Case(sentence: "The sale should close by year-end.", published: "2018-10-26", text: "year-end", type: .date, value: "2018-12-31"),
        Case(sentence: "The new tariffs take effect by year's end.", published: "2018-10-26", text: "year's end", type: .date, value: "2018-12-31"),
        Case(sentence: "The index has fallen 4% since year end.", published: "2019-03-04", text: "year end", type: .date, value: "2018-12-31"),
        // a narrative's "that year", a season after a preposition
        Case(sentence: "The mission opened in 2009 and closed later that year.", published: "2018-10-26", text: "later that year", type: .date, value: "2009"),
        Case(sentence: "Prices should stay high in the near term.", published: "2018-10-26", text: "the near term", type: .date, value: "FUTURE_REF"),
        Case(sentence: "Ferry traffic fell over the summer.", published: "2018-10-26", text: "the summer", type: .date, value: "2018-SU"),
        Case(sentence: "Talks stalled in the early spring.", published: "2018-10-26", text: "the early spring", type: .date, value: "2018-SP", mod: "START"),

        // added stretches, durations as adjectives, bounded months and parts of day
        Case(sentence: "The navy may keep the base for at least 20 more years.", published: "2018-04-23", text: "at least 20 more years", type: .duration, value: "P20Y", mod: "EQUAL_OR_MORE"),
        Case(sentence: "The loan can be extended for an additional year.", published: "2018-04-23", text: "an additional year", type: .duration, value: "P1Y"),
        Case(sentence: "The envoys left their third day-long meeting.", published: "2018-04-23", text: "day-long", type: .duration, value: "P1D"),
        Case(sentence: "It followed a several-year tenure abroad.", published: "2018-04-23", text: "several-year", type: .duration, value: "PXY"),
        Case(sentence: "She made the late-November trip alone.", published: "2018-12-10", text: "late-November", type: .date, value: "2018-11", mod: "END"),
        Case(sentence: "The judge will hear the case at midday.", published: "2018-04-23", text: "midday", type: .time, value: "2018-04-23T12:00"),
        Case(sentence: "By mid afternoon the shelling had stopped.", published: "2018-04-23", text: "mid afternoon", type: .time, value: "2018-04-23TAF", mod: "MID"),
        Case(sentence: "Shares were up at mid-afternoon yesterday.", published: "2018-04-23", text: "mid-afternoon yesterday", type: .time, value: "2018-04-22TAF", mod: "MID"),
        Case(sentence: "The ferry will leave at 4 in the morning.", published: "2018-04-23", text: "4 in the morning", type: .time, value: "2018-04-23T04:00"),
        Case(sentence: "The blast came at 10:35 (0835 GMT) Friday.", published: "2018-04-23", text: "10:35", type: .time, value: "2018-04-20T10:35"),
        Case(sentence: "The blast came at 10:35 a.m. (0735 GMT) Friday.", published: "2018-04-23", text: "10:35 a.m.", type: .time, value: "2018-04-20T10:35"),
        // a holiday's week; one that began on the document's date is this year's
        Case(sentence: "Protesters prayed as Easter week began.", published: "2000-04-17", text: "Easter week", type: .date, value: "2000-W16"),
        Case(sentence: "Shops expect crowds in Thanksgiving week.", published: "2018-04-23", text: "Thanksgiving week", type: .date, value: "2018-W47"),
        Case(sentence: "The summit will be held on April 24 and 25.", published: "2018-04-10", text: "25", type: .date, value: "2018-04-25"),
        // decades without their century, holidays, vague present and future
        Case(sentence: "Crime fell through the nineties.", published: "2018-04-23", text: "the nineties", type: .date, value: "199"),
        Case(sentence: "Sales were flat through the late '80s.", published: "2018-04-23", text: "the late '80s", type: .date, value: "198", mod: "END"),
        Case(sentence: "Inflation ate into wages in the last decade.", published: "2018-04-23", text: "the last decade", type: .date, value: "200"),
        Case(sentence: "Campaigning goes on until Election Day.", published: "2018-10-26", text: "Election Day", type: .date, value: "2018-11-06"),
        Case(sentence: "Traders are cautious these days.", published: "2018-04-23", text: "these days", type: .date, value: "PRESENT_REF"),
        Case(sentence: "The bonds will be sold at a later date.", published: "2018-04-23", text: "a later date", type: .date, value: "FUTURE_REF"),
        Case(sentence: "He said: \"Today we sign the accord.\"", published: "2018-04-23", text: "Today", type: .date, value: "2018-04-23"),
        // results reports: the year-ago period named with its quarter or length
        Case(sentence: "Profit rose in the third quarter, while in the year-earlier third quarter the bank lost money.", published: "2018-11-01", text: "the year-earlier third quarter", type: .date, value: "2017-Q3"),
        Case(sentence: "Net for the year-earlier nine months included a gain.", published: "2018-11-01", text: "the year-earlier nine months", type: .duration, value: "P9M"),
        Case(sentence: "Sales rose in the quarter ended July 31.", published: "2018-09-10", text: "the quarter", type: .date, value: "2018-Q2"),
        Case(sentence: "Sales rose in the quarter ended July 31.", published: "2018-09-10", text: "July 31", type: .date, value: "2018-07-31"),
        Case(sentence: "Sales fell in the quarter ending Jan. 31.", published: "2018-03-10", text: "the quarter", type: .date, value: "2017-Q4"),
        Case(sentence: "The firm returned to profit after several quarters of losses.", published: "2018-10-26", text: "several quarters", type: .duration, value: "PXQ"),
        Case(sentence: "Weak demand should last through the first two quarters of 2019.", published: "2018-10-26", text: "the first two quarters of 2019", type: .date, value: "2019-H1"),
        Case(sentence: "For the quarter a year ago, the bank earned less.", published: "2018-11-01", text: "the quarter a year ago", type: .date, value: "2017-Q3"),

        // the present of a past moment, some day to come, a stretch since last time
        Case(sentence: "Holders may buy shares at half the then current price.", published: "2018-04-23", text: "then current", type: .date, value: "PAST_REF"),
        Case(sentence: "Officials hope the city will one day host the games.", published: "2018-04-23", text: "one day", type: .date, value: "FUTURE_REF"),
        Case(sentence: "Exports grew for the first time in years.", published: "2018-04-23", text: "years", type: .duration, value: "PXY"),

        // a bare month ahead when the clause looks ahead without a future tense
        Case(sentence: "Candidates are campaigning ahead of the November vote.", published: "2018-03-10", text: "November", type: .date, value: "2018-11"),
        Case(sentence: "Democrats hope to win the House in November.", published: "2018-03-10", text: "November", type: .date, value: "2018-11"),

        // what is urged or vowed comes after; a cause keeps its own time; a present passive is no past
        Case(sentence: "He shook hands and urged them to vote Tuesday.", published: "2016-06-06", text: "Tuesday", type: .date, value: "2016-06-07"),
        Case(sentence: "Many will vote for him because of the shooting in Chicago on Friday.", published: "2016-08-28", text: "Friday", type: .date, value: "2016-08-26"),
        Case(sentence: "The boy may stay if his relatives win when the case is heard in May.", published: "2000-03-29", text: "May", type: .date, value: "2000-05"),
        Case(sentence: "The talks are supposed to conclude by May.", published: "1998-03-22", text: "May", type: .date, value: "1998-05"),
        Case(sentence: "The orbiter goes on display after its last flight, which launches June 28.", published: "2011-04-13", text: "June 28", type: .date, value: "2011-06-28"),
        Case(sentence: "The deal might lead to gains in November.", published: "2016-03-18", text: "November", type: .date, value: "2016-11"),
        Case(sentence: "She is marching toward November with a lead.", published: "2016-03-09", text: "November", type: .date, value: "2016-11"),
        Case(sentence: "The president on Tuesday said the country may act alone.", published: "1990-08-15", text: "Tuesday", type: .date, value: "1990-08-14"),
        Case(sentence: "He barnstorms there ahead of Tuesday's primary.", published: "2016-06-03", text: "Tuesday", type: .date, value: "2016-06-07"),
        Case(sentence: "She flew to New Jersey, which also holds its primary Tuesday.", published: "2016-06-03", text: "Tuesday", type: .date, value: "2016-06-07"),
        Case(sentence: "By the time our campaign is over on Monday, we will have met them all.", published: "2016-06-03", text: "Monday", type: .date, value: "2016-06-06"),
        Case(sentence: "At a rally in Portland, Maine, on Thursday afternoon, the candidate named the countries.", published: "2016-08-10", text: "Thursday afternoon", type: .date, value: "2016-08-04"),
        Case(sentence: "\"Not only can the senator win in November, he is the best bet.\"", published: "2016-01-19", text: "November", type: .date, value: "2016-11"),
        Case(sentence: "She stays vague, offering few specifics beyond an op-ed in May.", published: "2015-11-24", text: "May", type: .date, value: "2015-05"),
        // "kept going" is no plan; "until" after a past stretch bounds it, after a postponement looks ahead
        Case(sentence: "Protesters kept going until nearly 2 a.m. Friday in defiance of the curfew.", published: "2016-09-25", text: "2 a.m. Friday", type: .time, value: "2016-09-23T02:00"),
        Case(sentence: "Officials postponed until Tuesday morning any action on the case.", published: "2000-03-30", text: "Tuesday morning", type: .date, value: "2000-04-04"),
        // a month told after a written year to come is in that year's run
        Case(sentence: "The appointee would take office in January 2017, run in a special election in November, and run again later.", published: "2016-09-08", text: "November", type: .date, value: "2017-11"),
        // "enough to put": an ability, and an infinitive is no past
        Case(sentence: "Our support is strong enough to put states in play in November.", published: "2016-02-01", text: "November", type: .date, value: "2016-11"),
        // a month joined to the one before follows it
        Case(sentence: "Most of the ads were reserved for December and January.", published: "2015-11-27", text: "January", type: .date, value: "2016-01"),
        // an untold weekday is the one gone by, unless it is tomorrow
        Case(sentence: "When the party gathers for its convention on Saturday, no one from the campaign will be there.", published: "2016-04-15", text: "Saturday", type: .date, value: "2016-04-16"),
        Case(sentence: "Her first stop Tuesday morning, Dar es Salaam, gets five hours.", published: "1998-08-17", text: "Tuesday morning", type: .date, value: "1998-08-18"),
        // a month told in the past that lies well ahead of the paper's is last year's
        Case(sentence: "The firm changed from a fiscal year to a calendar year in December.", published: "1989-10-27", text: "December", type: .date, value: "1988-12"),

        Case(sentence: "They discussed it last week.", published: nil, text: "last week", type: .date, value: "XXXX-WXX"),
        Case(sentence: "The summit will be held on June 12.", published: nil, text: "June 12", type: .date, value: "XXXX-06-12"),
    ]

    @Test(arguments: cases)
    func findsAndNormalises(_ c: Case) throws {
        let doc = Fixtures.run(c.sentence, published: c.published)
        let t = try #require(doc.times.first { $0.text == c.text }, "times: \(doc.times.map(\.text))")
        #expect(t.type == c.type)
        #expect(t.value == c.value)
        #expect(t.mod == c.mod)
        #expect(doc.slice(t.start, t.end) == t.text)
    }

    static let nonTimes = [
        "She may travel to Seoul.",
        "Troops will march on the capital.",
        "About 2000 people protested.",
        "Now, the question is who pays.",
        "The 45-year-old envoy arrived.",
        "The bank published its year-end figures.",
        "Historians still debate the fall of Constantinople.",
        "Exports are expected to fall below the forecast.",
        // titles of programmes and papers
        "The minister spoke on ABC's \"This Week\" programme.",
        "He appeared on \"60 Minutes\" with the envoy.",
        "The poster showed Gary Cooper in High Noon.",
        "She read the interview in USA Today.",
        "He anchored the coverage on Current TV.",
        "The senator will rise or fall on his own record.",
        "Mexico retaliated against Christmas trees from Oregon.",
        "The expedition reached Easter Island.",
        "He marched in the March on Washington.",
        "A reporter for USA TODAY took a look.",
        "His guilty pleasure is \"Saturday Night Live\" on NBC.",
        "Candidates court Super Tuesday states.",
        // newspapers named for how often they appear
        "The Communist Party daily Granma printed the letter.",
        "The weekly said the talks had failed.",
        // shares, not quarters of a year
        "Funds hold more than a quarter of the market.",
        // a count of other things after "the past"; prospects
        "Riots broke out in the past three summers.",
        "The future of the alliance is unclear.",
        // ages and votes
        "The election was held peacefully.",
        "The envoy is in his nineties.",
        "Both are in their 30s.",
    ]

    /// A results report compares with the quarter it reports, not a later one it forecasts.
    @Test func aYearEarlierFollowsTheReportedQuarter() throws {
        let text = "Profit rose in the third quarter. Analysts expect losses through the first quarter of 2019. A year earlier, profit was lower."
        let doc = Fixtures.run(text, published: "2018-11-01")
        let t = try #require(doc.times.first { $0.text == "A year earlier" })
        #expect(t.value == "2017-Q3")
    }

    /// In a results report, "a year earlier" beside "the first nine months" compares those months: the year before.
    @Test func aYearEarlierBesideMonthsIsTheYear() throws {
        let text = "Profit rose in the third quarter. In the first nine months, sales rose from a year earlier and from the 2017 period."
        let doc = Fixtures.run(text, published: "2018-11-01")
        #expect(try #require(doc.times.first { $0.text == "a year earlier" }).value == "2017")
        #expect(try #require(doc.times.first { $0.text == "the 2017 period" }).value == "2017")
        #expect(try #require(doc.times.first { $0.text == "the third quarter" }).value == "2018-Q3")
    }

    /// "The previous Friday" counts back from the day the story is at, not from the document date.
    @Test func thePreviousWeekdayFollowsTheNarrative() throws {
        let text = "The index fell on Friday. It closed 4% below the level of the previous Friday."
        let doc = Fixtures.run(text, published: "2018-04-23")
        #expect(try #require(doc.times.first { $0.text == "Friday" }).value == "2018-04-20")
        #expect(try #require(doc.times.first { $0.text == "the previous Friday" }).value == "2018-04-13")
    }

    /// A span of years written as one word gives both its ends, each with its own offsets.
    @Test(arguments: [("The 1950-53 war ended in an armistice.", "1950", "53", "1950", "1953"),
                      ("Between 2000\u{2013}2010 exports doubled.", "2000", "2010", "2000", "2010"),
                      ("The 1999-2001 talks failed.", "1999", "2001", "1999", "2001")])
    func aSpanOfYearsInOneWord(_ c: (String, String, String, String, String)) throws {
        let doc = Fixtures.run(c.0, published: "2018-04-23")
        #expect(doc.times.map(\.text) == [c.1, c.2])
        #expect(doc.times.map(\.value) == [c.3, c.4])
        for t in doc.times { #expect(doc.slice(t.start, t.end) == t.text) }
    }

    /// A year and month in ISO form, or a later year first, is no span.
    @Test func aYearMonthIsNoSpan() {
        let doc = Fixtures.run("The 2018-04 figures and the 2014-12 score.", published: "2018-04-23")
        #expect(!doc.times.contains { $0.text == "04" || $0.text == "12" })
    }

    /// "That November" and a later day without a year stay in the year the story is told in.
    @Test func aMonthOrDayInAPastNarrativeKeepsItsYear() throws {
        let text = "McGovern won the nomination in 1972. He lost the election to Nixon that November. "
            + "On March 2, 2015, the paper revealed the account. On March 25, the firm deleted the files."
        let doc = Fixtures.run(text, published: "2016-09-07")
        #expect(try #require(doc.times.first { $0.text == "that November" }).value == "1972-11")
        #expect(try #require(doc.times.first { $0.text == "March 25" }).value == "2015-03-25")
    }

    @Test(arguments: nonTimes)
    func ignoresLookalikes(_ sentence: String) {
        #expect(Fixtures.run(sentence, published: "2018-04-23").times.isEmpty)
    }
}

@Suite(.enabled(if: Fixtures.hasShared, "needs ../shared/corpus"))
struct TimeTaggerReferenceTests {
    /// The `times` rows of the reference gold: text, value and nth occurrence.
    @Test func referenceArticleTimes() throws {
        let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: Fixtures.shared.appendingPathComponent("corpus/seeds.gold.json")))
        var checked = 0
        for d in gold.documents {
            let text = try Fixtures.corpus(d.file)
            let doc = Fixtures.run(text, published: d.published_in_text ? nil : d.published)
            for t in d.times ?? [] {
                let found = doc.times.filter { $0.text == t.text }
                let nth = (t.occurrence ?? 1) - 1
                #expect(found.count > nth && found[nth].value == t.value, "\(d.file): \(t.text)")
                checked += 1
            }
        }
        #expect(checked >= 16)
    }

    struct Gold: Decodable {
        struct Doc: Decodable {
            var file: String
            var published: String?
            var published_in_text: Bool
            var times: [Row]?
        }
        struct Row: Decodable {
            var text: String
            var value: String
            var occurrence: Int?
        }
        var documents: [Doc]
    }
}
