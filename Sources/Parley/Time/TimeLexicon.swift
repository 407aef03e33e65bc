/// Words of time: numbers, units, weekdays, seasons, parts of the day, modifiers.
enum TimeLexicon {
    static let numbers: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
        "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "half": 0,
        "couple": 2, "dozen": 12,
    ]
    static let vague: Set<String> = ["several", "few", "some", "many", "couple", "recent", "coming", "past"]

    /// Unit words → TIMEX3 unit letter, and whether it is a clock unit (PT…).
    static let units: [String: (String, Bool)] = {
        var m: [String: (String, Bool)] = [:]
        for (w, u, t) in [("second", "S", true), ("minute", "M", true), ("hour", "H", true), ("day", "D", false),
                          ("week", "W", false), ("month", "M", false), ("year", "Y", false), ("decade", "DE", false),
                          ("century", "CE", false), ("weekend", "WE", false), ("quarter", "Q", false), ("fortnight", "W", false)] {
            m[w] = (u, t)
            m[w == "century" ? "centuries" : w + "s"] = (u, t)
        }
        return m
    }()

    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
        "mon.": 1, "tue.": 2, "tues.": 2, "wed.": 3, "thu.": 4, "thur.": 4, "thurs.": 4, "fri.": 5, "sat.": 6, "sun.": 7,
    ]
    static let dayParts: [String: String] = ["morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"]
    static let seasons: [String: String] = ["spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"]
    static let ordinals: [String: Int] = ["first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4]

    /// Modifiers of durations and quantities.
    static let quantityMods: [([String], String)] = [
        (["just", "over"], "MORE_THAN"), (["more", "than"], "MORE_THAN"), (["over"], "MORE_THAN"),
        (["at", "least"], "EQUAL_OR_MORE"), (["less", "than"], "LESS_THAN"), (["under"], "LESS_THAN"),
        (["nearly"], "LESS_THAN"), (["almost"], "LESS_THAN"), (["up", "to"], "EQUAL_OR_LESS"), (["at", "most"], "EQUAL_OR_LESS"),
        (["about"], "APPROX"), (["around"], "APPROX"), (["roughly"], "APPROX"), (["some"], "APPROX"), (["approximately"], "APPROX"),
    ]
    /// Modifiers of points in time.
    static let pointMods: [([String], String)] = [
        (["earlier"], "START"), (["early"], "START"), (["the", "beginning", "of"], "START"), (["the", "start", "of"], "START"),
        (["mid"], "MID"), (["the", "middle", "of"], "MID"), (["late"], "END"), (["later"], "END"), (["the", "end", "of"], "END"),
    ]

    static let futureCues: Set<String> = [
        "will", "'ll", "shall", "slated", "scheduled", "expected", "plans", "planned", "planning", "going", "due",
        "upcoming", "intends", "aims", "hopes", "coming", "ahead",
    ]
    static let pastCues: Set<String> = ["was", "were", "had", "did", "ago", "last", "earlier", "previously", "said", "told", "announced"]
}
