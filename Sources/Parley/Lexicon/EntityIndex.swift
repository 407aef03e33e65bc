/// Maps tokens to the entities that cover them and entities to their token ranges.
public struct EntityIndex {
    /// Token range of each entity, parallel to `doc.entities`.
    let tokenRanges: [Range<Int>]
    /// For each token, the first entity covering it, or -1 (an array: asked for every token, often).
    private let byToken: [Int]

    init(_ doc: Document) {
        var ranges: [Range<Int>] = []
        var byToken = [Int](repeating: -1, count: doc.tokens.count)
        ranges.reserveCapacity(doc.entities.count)
        for (k, e) in doc.entities.enumerated() {
            let lo = EntityIndex.firstToken(endingAfter: e.start, doc.tokens)
            var hi = lo
            while hi < doc.tokens.count && doc.tokens[hi].start < e.end { hi += 1 }
            ranges.append(lo..<hi)
            for t in lo..<hi where byToken[t] < 0 { byToken[t] = k }
        }
        tokenRanges = ranges
        self.byToken = byToken
    }

    func entity(atToken t: Int) -> Int? {
        guard t >= 0 && t < byToken.count else { return nil }
        let k = byToken[t]
        return k < 0 ? nil : k
    }

    /// The first token whose end is after an offset (binary search).
    public static func firstToken(endingAfter offset: Int, _ tokens: [Token]) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
