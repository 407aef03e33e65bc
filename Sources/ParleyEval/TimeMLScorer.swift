import Parley

/// TempEval-3's measures for time expressions: strict and relaxed extent
/// precision, recall and F1, and type and value accuracy over the relaxed
/// matches (attribute F1 = relaxed F1 × attribute accuracy).
public struct TimeMLScore: Sendable, Hashable {
    /// Exact-boundary matches.
    public var strict = Counts()
    /// Matches that overlap by at least one character.
    public var relaxed = Counts()
    /// Relaxed matches whose type agrees.
    public var typeCorrect = 0
    /// Relaxed matches whose value agrees.
    public var valueCorrect = 0
    /// Documents scored.
    public var documents = 0

    public init() {}

    /// Type accuracy over the relaxed matches.
    public var typeAccuracy: Double { relaxed.truePositives == 0 ? 0 : Double(typeCorrect) / Double(relaxed.truePositives) }
    /// Value accuracy over the relaxed matches.
    public var valueAccuracy: Double { relaxed.truePositives == 0 ? 0 : Double(valueCorrect) / Double(relaxed.truePositives) }
    public var typeF1: Double { relaxed.f1 * typeAccuracy }
    public var valueF1: Double { relaxed.f1 * valueAccuracy }

    public static func += (a: inout TimeMLScore, b: TimeMLScore) {
        a.strict += b.strict
        a.relaxed += b.relaxed
        a.typeCorrect += b.typeCorrect
        a.valueCorrect += b.valueCorrect
        a.documents += b.documents
    }

    /// Scores one document's system times against its gold TIMEX3s.
    public static func score(gold: [TimeMLDocument.Timex], system: [TimeExpression]) -> TimeMLScore {
        var s = TimeMLScore()
        s.documents = 1
        let g = gold.sorted { $0.start < $1.start }
        let sys = system.sorted { $0.start < $1.start }
        // Pair each gold span with the first unpaired system span that overlaps it (one to one).
        var used = [Bool](repeating: false, count: sys.count)
        var strictMatches = 0
        for gt in g {
            var best: Int?
            for (k, st) in sys.enumerated() where !used[k] && st.start < gt.end && gt.start < st.end {
                if best == nil || (st.start == gt.start && st.end == gt.end) { best = k }
                if st.start == gt.start && st.end == gt.end { break }
            }
            guard let k = best else { continue }
            used[k] = true
            let st = sys[k]
            if st.start == gt.start && st.end == gt.end { strictMatches += 1 }
            s.relaxed.truePositives += 1
            if st.type.rawValue == gt.type { s.typeCorrect += 1 }
            if (st.value ?? "") == gt.value { s.valueCorrect += 1 }
        }
        s.relaxed.falsePositives = sys.count - s.relaxed.truePositives
        s.relaxed.falseNegatives = g.count - s.relaxed.truePositives
        s.strict = Counts(truePositives: strictMatches, falsePositives: sys.count - strictMatches,
                          falseNegatives: g.count - strictMatches)
        return s
    }

    /// The JSON report of `parley eval timeml --format json`.
    public var json: [String: Any] {
        ["strict": strict.scores, "relaxed": relaxed.scores,
         "type": ["accuracy": typeAccuracy.rounded(to: 4), "f1": typeF1.rounded(to: 4)],
         "value": ["accuracy": valueAccuracy.rounded(to: 4), "f1": valueF1.rounded(to: 4)],
         "documents": documents]
    }
}
