/// Reads the article's date from a dateline near its top ("May 27, 2018
/// Updated: …", "27 May 2018", "2018-05-27") when the caller gave none.
///
/// Only a short line among the first few counts, so a date inside the story's
/// first sentence is never taken for the publication date. Without a dateline
/// `published` stays nil: Parley never guesses from the clock.
public struct DatelineReader: Stage {
    public let name = "dateline"

    /// How many lines from the top are searched.
    public let maxLines: Int
    /// The most words a dateline line may have.
    public let maxWords: Int

    public init(maxLines: Int = 8, maxWords: Int = 14) {
        self.maxLines = maxLines
        self.maxWords = maxWords
    }

    public func process(_ document: inout Document) {
        guard document.info.published == nil else { return }
        document.info.published = read(document.tokens)?.iso
    }

    /// The first full date on a short line near the top, if any.
    public func read(_ tokens: [Token]) -> CalendarDate? {
        // the first lines as ranges of tokens (no copies of the tokens themselves)
        var starts: [Int] = []
        var end = tokens.count
        for (i, t) in tokens.enumerated() where t.startsLine || starts.isEmpty {
            if starts.count == maxLines { end = i; break }
            starts.append(i)
        }
        for (n, a) in starts.enumerated() {
            let all = tokens[a..<(n + 1 < starts.count ? starts[n + 1] : end)]
            let words = all.count { $0.kind == .word || $0.kind == .number }
            // a dateline sits in the line's first words; a short line is read whole
            let line = Array(words <= maxWords ? all : all.prefix(16))
            if words <= maxWords, let d = Self.firstDate(in: line) { return d }
            // "TOKYO, March 3, 2019 - Japan's foreign minister…": a wire dateline opens the story's first paragraph
            if let d = Self.wireDateline(line) { return d }
        }
        return nil
    }

    /// The date of a wire dateline at the start of a line: a capitalised place ("TOKYO", "Kabul, Afghanistan",
    /// "GENEVA (Reuters)"), a comma, a full date, then a dash or a colon.
    static func wireDateline(_ line: [Token]) -> CalendarDate? {
        var i = 0
        var placeWords = 0
        while i < min(line.count, 9) {
            let t = line[i]
            if t.kind == .word, t.isCapitalized, MonthNames.month(t.text) == nil { placeWords += 1; i += 1; continue }
            if t.text == "," || t.text == "(" || t.text == ")" || t.text == "." { i += 1; continue }
            break
        }
        guard placeWords >= 1, placeWords <= 6, i > 0, line[i - 1].text == "," else { return nil }
        let rest = Array(line[i..<min(line.count, i + 5)])
        guard let date = firstDate(in: rest) else { return nil }
        // the date's own tokens: month, day, an optional comma, year (or day, month, year)
        var end = i + 3
        if end < line.count, line[end - 1].text == "," { end += 1 }
        guard end < line.count else { return nil }
        let next = line[end].text
        return ["-", "--", "\u{2014}", "\u{2013}", ":", "("].contains(next) ? date : nil
    }

    /// The first complete date (day, month and year) in a token run.
    static func firstDate(in t: [Token]) -> CalendarDate? {
        for i in t.indices {
            // Month Day, Year
            if let m = MonthNames.month(t[i].text), i + 1 < t.count, let d = Int(t[i + 1].text) {
                var j = i + 2
                if j < t.count && t[j].text == "," { j += 1 }
                if j < t.count, t[j].text.count == 4, let y = Int(t[j].text), let date = CalendarDate(year: y, month: m, day: d) {
                    return date
                }
            }
            // Day Month Year
            if let d = Int(t[i].text), i + 2 < t.count, let m = MonthNames.month(t[i + 1].text),
               t[i + 2].text.count == 4, let y = Int(t[i + 2].text), let date = CalendarDate(year: y, month: m, day: d) {
                return date
            }
            // YYYY-MM-DD as one token
            if t[i].text.count == 10, let date = CalendarDate(iso: t[i].text) {
                return date
            }
        }
        return nil
    }
}
