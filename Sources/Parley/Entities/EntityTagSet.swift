/// The tagger's BILOU tags over CoNLL's four types: tag 0 is O; type k has
/// B = 1+4k, I = 2+4k, L = 3+4k, U = 4+4k.
enum EntityTagSet {
    static let types = ["PER", "ORG", "LOC", "MISC"]
    static let count = 1 + 4 * types.count

    static func type(of tag: Int) -> Int? { tag == 0 ? nil : (tag - 1) / 4 }
    /// 0 B, 1 I, 2 L, 3 U.
    static func part(of tag: Int) -> Int { (tag - 1) % 4 }

    /// Whether `next` may follow `prev` (prev = -1 at the start, next = -1 at the end).
    static func allowed(_ prev: Int, _ next: Int) -> Bool {
        let prevOpen = prev > 0 && part(of: prev) <= 1  // B or I: the name goes on
        if next <= 0 { return !prevOpen }
        let np = part(of: next)
        if np == 1 || np == 2 { return prevOpen && type(of: prev) == type(of: next) }
        return !prevOpen
    }

    /// BILOU tags of typed spans over `count` tokens; spans of unknown types stay O.
    static func encode(_ spans: [EntitySpan], count: Int) -> [Int] {
        var tags = [Int](repeating: 0, count: count)
        for s in spans where s.start < s.end && s.end <= count {
            let k = s.type
            if s.end - s.start == 1 { tags[s.start] = 4 + 4 * k; continue }
            tags[s.start] = 1 + 4 * k
            for j in (s.start + 1)..<(s.end - 1) { tags[j] = 2 + 4 * k }
            tags[s.end - 1] = 3 + 4 * k
        }
        return tags
    }

    /// Typed spans of a BILOU tag sequence (a well-formed one, as Viterbi gives).
    static func decode(_ tags: [Int]) -> [EntitySpan] {
        var out: [EntitySpan] = []
        var start = -1
        for (i, t) in tags.enumerated() {
            guard let k = type(of: t) else { start = -1; continue }
            switch part(of: t) {
            case 0: start = i
            case 1: if start < 0 { start = i }
            case 2: out.append(EntitySpan(start: start < 0 ? i : start, end: i + 1, type: k)); start = -1
            default: out.append(EntitySpan(start: i, end: i + 1, type: k)); start = -1
            }
        }
        return out
    }

    /// Typed spans of BIO or IOB1 string tags ("B-PER", "I-PER", "O"); unknown types are skipped.
    static func spans(bio tags: [String]) -> [EntitySpan] {
        var out: [EntitySpan] = []
        var i = 0
        while i < tags.count {
            let t = tags[i]
            guard t.count > 2, let k = types.firstIndex(of: String(t.dropFirst(2))) else { i += 1; continue }
            var j = i + 1
            while j < tags.count && tags[j] == "I-" + types[k] { j += 1 }
            out.append(EntitySpan(start: i, end: j, type: k))
            i = j
        }
        return out
    }

    /// BIO string tags of typed spans.
    static func bio(_ spans: [EntitySpan], count: Int) -> [String] {
        var out = [String](repeating: "O", count: count)
        for s in spans {
            out[s.start] = "B-" + types[s.type]
            for j in (s.start + 1)..<s.end { out[j] = "I-" + types[s.type] }
        }
        return out
    }
}

/// A name the tagger found: tokens `start..<end` of a sentence, of CoNLL type `type`
/// (an index into ``EntityTagger/types``: PER, ORG, LOC, MISC).
public struct EntitySpan: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var type: Int
    public init(start: Int, end: Int, type: Int) {
        self.start = start
        self.end = end
        self.type = type
    }
}
