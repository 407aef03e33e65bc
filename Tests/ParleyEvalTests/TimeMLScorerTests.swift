import Testing
@testable import ParleyEval
@testable import Parley

struct TimeMLScorerTests {
    typealias Gold = TimeMLDocument.Timex

    @Test func strictRelaxedAndAttributeScores() {
        let gold = [Gold(start: 0, end: 6, type: "DATE", value: "1998-08-07"),
                    Gold(start: 10, end: 25, type: "DURATION", value: "P2W"),
                    Gold(start: 30, end: 35, type: "DATE", value: "1998")]
        let system = [TimeExpression(text: "Friday", start: 0, end: 6, type: .date, value: "1998-08-07"),
                      TimeExpression(text: "two weeks", start: 16, end: 25, type: .duration, value: "P3W"),
                      TimeExpression(text: "noon", start: 40, end: 44, type: .time, value: "T12:00")]
        let s = TimeMLScore.score(gold: gold, system: system)
        #expect(s.strict == Counts(truePositives: 1, falsePositives: 2, falseNegatives: 2))
        #expect(s.relaxed == Counts(truePositives: 2, falsePositives: 1, falseNegatives: 1))
        #expect(s.typeAccuracy == 1)
        #expect(s.valueAccuracy == 0.5)
        #expect(abs(s.valueF1 - s.relaxed.f1 * 0.5) < 1e-12)
    }

    @Test func eachSpanMatchesOnce() {
        let gold = [Gold(start: 0, end: 10, type: "DATE", value: "X")]
        let system = [TimeExpression(text: "a", start: 0, end: 3, type: .date, value: "X"),
                      TimeExpression(text: "b", start: 4, end: 10, type: .date, value: "X")]
        let s = TimeMLScore.score(gold: gold, system: system)
        #expect(s.relaxed == Counts(truePositives: 1, falsePositives: 1, falseNegatives: 0))
    }

    /// `parley eval timeml --format json` reports the four TempEval-3 measures.
    @Test func jsonNamesStrictRelaxedTypeAndValue() {
        let gold = [Gold(start: 0, end: 6, type: "DATE", value: "1998-08-07")]
        let system = [TimeExpression(text: "Friday", start: 0, end: 6, type: .date, value: "1998-08-14")]
        let json = TimeMLScore.score(gold: gold, system: system).json
        for key in ["strict", "relaxed", "type", "value"] { #expect(json[key] != nil, "\(key)") }
        let value = json["value"] as? [String: Double]
        #expect(value?["accuracy"] == 0)
        #expect(value?["f1"] == 0)
        #expect((json["type"] as? [String: Double])?["accuracy"] == 1)
    }
}
