import Testing
@testable import Parley

struct EntityTagSetTests {
    /// Spans (start, end, type index) and the BILOU tags they make.
    static let cases: [([EntitySpan], Int, [Int])] = [
        ([EntitySpan(start: 0, end: 1, type: 2)], 3, [12, 0, 0]),
        ([EntitySpan(start: 1, end: 3, type: 0)], 3, [0, 1, 3]),
        ([EntitySpan(start: 0, end: 3, type: 1)], 4, [5, 6, 7, 0]),
        ([EntitySpan(start: 0, end: 1, type: 0), EntitySpan(start: 1, end: 2, type: 0)], 2, [4, 4]),
    ]

    @Test(arguments: cases)
    func encodesAndDecodesBILOU(_ spans: [EntitySpan], _ count: Int, _ tags: [Int]) {
        #expect(EntityTagSet.encode(spans, count: count) == tags)
        #expect(EntityTagSet.decode(tags) == spans)
    }

    static let transitions: [(Int, Int, Bool)] = [
        (-1, 1, true),   // a name may start a sentence
        (-1, 2, false),  // but not in its middle
        (1, 2, true),    // B-PER I-PER
        (1, 7, false),   // B-PER L-ORG: types must agree
        (2, 0, false),   // an open name cannot stop at O
        (3, -1, true),   // L closes it
        (4, 4, true),    // U U: two one-word names
    ]

    @Test(arguments: transitions)
    func allowsOnlyWellFormedSequences(_ prev: Int, _ next: Int, _ allowed: Bool) {
        #expect(EntityTagSet.allowed(prev, next) == allowed)
    }

    static let bioCases: [([String], [String])] = [
        (["I-PER", "I-PER", "O", "I-LOC"], ["PER 0 2", "LOC 3 4"]),
        (["B-ORG", "I-ORG", "B-ORG"], ["ORG 0 2", "ORG 2 3"]),
        (["I-MISC", "I-LOC"], ["MISC 0 1", "LOC 1 2"]),
    ]

    @Test(arguments: bioCases)
    func readsIOB1AndBIO(_ tags: [String], _ expected: [String]) {
        let spans = EntityTagSet.spans(bio: tags)
        #expect(spans.map { "\(EntityTagSet.types[$0.type]) \($0.start) \($0.end)" } == expected)
        #expect(EntityTagSet.spans(bio: EntityTagSet.bio(spans, count: tags.count)) == spans)
    }
}
