import Parley

/// A GUM news document read for its dates: the plain text (from the CoNLL-U file's tokens and
/// their `SpaceAfter=No`), the date the article gives at its top, and the gold `<date>` elements of
/// the XML file with the days each names.
///
/// GUM normalises a date as `when="2015-08-20"` (a day, month or year, perhaps with a time) or
/// `from=… to=…` (a week, a weekend, a decade); `notBefore`/`notAfter` mark the bounds of a
/// duration ("15 years") and are not dates to score.
public struct GUMDocument: Sendable {
    public struct GoldDate: Sendable, Hashable {
        /// Scalar offsets into ``GUMDocument/text``.
        public var start: Int
        public var end: Int
        /// The days named, both ends included; nil for a duration's bounds.
        public var interval: TimexInterval?
        /// `hh:mm` when `when` names a time of day.
        public var time: String?
        /// The attributes as written, for error lists.
        public var normalisation: String
    }

    public var id: String
    public var text: String
    /// The date the article gives at its top ("Friday, August 21, 2015"), else its `dateCreated`.
    public var published: String?
    /// Gold dates after the one that gives ``published``.
    public var dates: [GoldDate]

    /// Reads `NAME.xml` and `NAME.conllu` side by side; a mismatch between the two names the file.
    public static func load(xml: String) throws(ParleyError) -> GUMDocument {
        let conllu = String(xml.dropLast(4)) + ".conllu"
        return try parse(xml: ArticleText.read(path: xml), conllu: ArticleText.read(path: conllu), name: xml)
    }

    public static func parse(xml: String, conllu: String, name: String) throws(ParleyError) -> GUMDocument {
        // The text, and each token's scalar offsets in it.
        var text = ""
        var length = 0
        var spans: [(Int, Int)] = []
        var newParagraph = false
        var spaceAfter = true
        for line in conllu.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("# newpar") { newParagraph = true; continue }
            if line.hasPrefix("#") || line.isEmpty { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 10 else {
                throw ParleyError(.malformedInput, input: name, problem: "a CoNLL-U token line has \(fields.count) fields, not 10",
                                  fix: "give the .conllu file GUM ships beside the .xml")
            }
            if fields[0].contains("-") || fields[0].contains(".") { continue }
            if !spans.isEmpty {
                let gap = newParagraph ? "\n\n" : (spaceAfter ? " " : "")
                text += gap
                length += gap.unicodeScalars.count
            }
            newParagraph = false
            let form = String(fields[1])
            spans.append((length, length + form.unicodeScalars.count))
            text += form
            length += form.unicodeScalars.count
            spaceAfter = !fields[9].split(separator: "|").contains("SpaceAfter=No")
        }

        // The <date> elements, by token.
        var token = 0
        var open: [(start: Int, attributes: Substring)] = []
        var found: [(first: Int, last: Int, attributes: Substring)] = []
        var created: String?
        for (n, line) in xml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("<text ") { created = attribute("dateCreated", in: line) }
            if line.hasPrefix("<date ") {
                open.append((token, line.dropFirst(6)))
            } else if line.hasPrefix("</date>") {
                guard let o = open.popLast() else {
                    throw ParleyError(.malformedInput, input: "\(name):\(n + 1)", problem: "</date> closes no <date>", fix: "check the XML")
                }
                if token > o.start { found.append((o.start, token - 1, o.attributes)) }
            } else if !line.hasPrefix("<"), line.contains("\t") {
                token += 1
            }
        }
        guard token == spans.count else {
            throw ParleyError(.malformedInput, input: name, problem: "the XML has \(token) tokens and the CoNLL-U \(spans.count)",
                              fix: "give the .xml and .conllu of the same GUM release")
        }

        var dates: [GoldDate] = []
        var published: String?
        for f in found {
            let attributes = f.attributes.hasSuffix(">") ? f.attributes.dropLast() : f.attributes
            let start = spans[f.first].0, end = spans[f.last].1
            var interval: TimexInterval?
            var time: String?
            if let when = attribute("when", in: attributes) {
                interval = TimexInterval(value: when)
                if when.count >= 16, when.dropFirst(10).first == "T" { time = String(when.dropFirst(11).prefix(5)) }
                // the article's own date, written out in full at its top
                if published == nil, when.count == 10, CalendarDate(iso: when) != nil, Self.namesItsYear(text, start, end, when) {
                    published = when
                    continue
                }
            } else if let from = attribute("from", in: attributes), let to = attribute("to", in: attributes),
                      let a = CalendarDate(iso: from), let b = CalendarDate(iso: to) {
                interval = TimexInterval(first: a.dayNumber, last: b.dayNumber)
            }
            dates.append(GoldDate(start: start, end: end, interval: interval, time: time,
                                  normalisation: attributes.replacingOccurrences(of: " rend=\"bold\"", with: "")))
        }
        let id = attribute("id", in: xml.prefix(while: { $0 != "\n" })) ?? name
        return GUMDocument(id: id, text: text, published: published ?? created, dates: dates)
    }

    /// Whether the span's text holds the year of `when` ("August 21, 2015"): a dateline, not "Friday".
    static func namesItsYear(_ text: String, _ start: Int, _ end: Int, _ when: String) -> Bool {
        let scalars = text.unicodeScalars
        let a = scalars.index(scalars.startIndex, offsetBy: start), b = scalars.index(scalars.startIndex, offsetBy: end)
        return String(scalars[a..<b]).contains(when.prefix(4))
    }

    static func attribute(_ key: String, in s: Substring) -> String? {
        guard let r = s.range(of: " \(key)=\"") ?? (s.hasPrefix("\(key)=\"") ? s.range(of: "\(key)=\"") : nil),
              let q = s[r.upperBound...].firstIndex(of: "\"") else { return nil }
        return String(s[r.upperBound..<q])
    }
}

/// Date normalisation scores on GUM: how many gold dates Parley finds (a time overlapping the
/// gold extent) and how many of those it gives the same days (and time of day, when gold has one).
public struct GUMDateScore: Sendable {
    public var documents = 0
    /// Gold dates with days to compare.
    public var gold = 0
    public var found = 0
    public var correct = 0
    /// Gold duration bounds (`notBefore`/`notAfter`), not scored.
    public var skipped = 0

    public init() {}

    public var recall: Double { gold == 0 ? 0 : Double(found) / Double(gold) }
    public var valueAccuracy: Double { found == 0 ? 0 : Double(correct) / Double(found) }
    public var valueRecall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }

    /// Whether a system value names the gold date's days (and time).
    public static func matches(_ value: String?, _ g: GUMDocument.GoldDate) -> Bool {
        guard let value, let interval = g.interval, TimexInterval(value: value, decades: true) == interval else { return false }
        guard let time = g.time else { return true }
        let u = Array(value.utf8)
        return u.count >= 16 && u[10] == UInt8(ascii: "T") && String(decoding: u[11..<16], as: UTF8.self) == time
    }

    public var json: [String: Any] {
        ["documents": documents, "gold": gold, "found": found, "correct": correct, "skipped": skipped,
         "recall": recall, "value_accuracy": valueAccuracy, "value_recall": valueRecall]
    }
}
