/// Finds TIMEX3 time expressions (DATE, TIME, DURATION, SET) and normalises
/// their values against the document date.
///
/// A compact hand-written matcher over ``Document/tokens``: each token is
/// looked up once in ``TimeLexicon`` (by its own text, no lower-casing), and
/// only tokens that can start an expression are tried. A bare weekday or month
/// points backwards or forwards by the tense of its clause ("who on Thursday
/// pulled out" → the Thursday before; "is slated to meet on Tuesday" → the one
/// after); words right next to it can override the tense ("until Tuesday",
/// "effective Feb. 1", "Wednesday's ruling"). "The following year" counts from
/// the last date the text named, "a year earlier" from the last quarter it
/// reported. Without a document date relative values stay unresolved.
public struct TimeTagger: Stage {
    public let name = "times"

    public init() {}

    public func process(_ document: inout Document) {
        let dct = document.info.published.flatMap { CalendarDate(iso: $0) }
        var scanner = TimeScanner(tokens: document.tokens, resolver: TimeResolver(dct: dct))
        var out: [TimeExpression] = []
        for sentence in document.sentences {
            scanner.scan(sentence.tokenRange) { hit in
                let start = document.tokens[hit.start].start + hit.lead
                let end = document.tokens[hit.end - 1].end - hit.tail
                out.append(TimeExpression(text: document.slice(start, end), start: start, end: end,
                                          type: hit.type, value: hit.value, mod: hit.mod))
            }
        }
        document.times = out
    }
}

/// One match: a token range with its TIMEX3 attributes.
struct TimeHit: Sendable, Hashable {
    var start: Int
    var end: Int
    var type: TimeType
    var value: String
    var mod: String? = nil
    /// Whether the value was derived from an earlier expression ("a year earlier"), so it names no new quarter.
    var anaphoric = false
    /// Scalars left out at the start of the first token and the end of the last: one end of a range
    /// written as one word ("1950-53").
    var lead = 0, tail = 0
}
