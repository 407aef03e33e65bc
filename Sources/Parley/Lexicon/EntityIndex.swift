/// Maps tokens to the entities that cover them and entities to their token ranges.
public struct EntityIndex {
    /// Token range of each entity, parallel to `doc.entities`.
    let tokenRanges: [Range<Int>]
    private let byToken: [Int: Int]

    init(_ doc: Document) {
        var ranges: [Range<Int>] = []
        var byToken: [Int: Int] = [:]
        ranges.reserveCapacity(doc.entities.count)
        for (k, e) in doc.entities.enumerated() {
            let lo = EntityIndex.firstToken(endingAfter: e.start, doc.tokens)
            var hi = lo
            while hi < doc.tokens.count && doc.tokens[hi].start < e.end { hi += 1 }
            ranges.append(lo..<hi)
            for t in lo..<hi where byToken[t] == nil { byToken[t] = k }
        }
        tokenRanges = ranges
        self.byToken = byToken
    }

    func entity(atToken t: Int) -> Int? { byToken[t] }

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
