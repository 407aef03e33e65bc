/// True positives, false positives and false negatives, with the scores they give.
public struct Counts: Sendable, Hashable, Codable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    public var precision: Double {
        truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives)
    }

    public var recall: Double {
        truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives)
    }

    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    public static func += (a: inout Counts, b: Counts) {
        a.truePositives += b.truePositives
        a.falsePositives += b.falsePositives
        a.falseNegatives += b.falseNegatives
    }

    /// `{"precision": …, "recall": …, "f1": …}` for JSON reports.
    public var scores: [String: Double] {
        ["precision": precision.rounded(to: 4), "recall": recall.rounded(to: 4), "f1": f1.rounded(to: 4)]
    }
}

extension Double {
    /// The value rounded to a number of decimal places, for reports.
    public func rounded(to places: Int) -> Double {
        var m = 1.0
        for _ in 0..<places { m *= 10 }
        return (self * m).rounded() / m
    }
}
