import Foundation

/// A named-entity tagger: an averaged structured perceptron over BILOU tags, decoded
/// with first-order Viterbi where BILOU forbids impossible sequences.
///
/// Features are hashed into `1 << bits` rows; only the rows with a weight are kept,
/// 8-bit weights with one scale, found through a presence bitmap with a rank index
/// (small enough to stay in cache, which is what makes tagging fast).
public final class EntityTagger: Sendable {
    /// CoNLL's types, in the order of ``EntitySpan/type``.
    public static let types = EntityTagSet.types

    let bits: Int
    let table: WeightTable
    let scale: Float
    /// `tags × tags` transition weights; start and end weights; -inf where BILOU forbids.
    let transitions: [Float]
    let start: [Float]
    let end: [Float]
    let features: EntityFeatures

    init(bits: Int, table: WeightTable, scale: Float, transitions: [Float], start: [Float], end: [Float]) {
        self.bits = bits
        self.table = table
        self.scale = scale
        let t = EntityTagSet.count
        var tr = transitions, st = start, en = end
        for a in 0..<t {
            if !EntityTagSet.allowed(-1, a) { st[a] = -.infinity }
            if !EntityTagSet.allowed(a, -1) { en[a] = -.infinity }
            for b in 0..<t where !EntityTagSet.allowed(a, b) { tr[a * t + b] = -.infinity }
        }
        self.transitions = tr
        self.start = st
        self.end = en
        self.features = EntityFeatures(gazetteer: NERGazetteer.shared, bits: bits)
    }

    /// The model Parley ships, or nil when it is missing from the resources.
    public static let shared: EntityTagger? = {
        guard let url = Bundle.module.url(forResource: "ner", withExtension: "model", subdirectory: "Resources") else { return nil }
        return try? EntityTagger.load(path: url.path)
    }()

    /// The names in each sentence of one document (given as words), typed PER, ORG, LOC or MISC.
    public func spans(document sentences: [[String]]) -> [[EntitySpan]] {
        let doc = features.extract(document: sentences)
        var out: [[EntitySpan]] = []
        out.reserveCapacity(doc.sentenceCount)
        var scratch = Scratch()
        for s in 0..<doc.sentenceCount {
            out.append(EntityTagSet.decode(tag(doc, from: doc.sentenceStarts[s], to: doc.sentenceStarts[s + 1], scratch: &scratch)))
        }
        return out
    }

    /// BIO tags ("B-PER", "I-PER", "O") for each sentence of one document.
    public func tag(document sentences: [[String]]) -> [[String]] {
        zip(spans(document: sentences), sentences).map { EntityTagSet.bio($0, count: $1.count) }
    }

    /// Buffers reused across the sentences of a document.
    struct Scratch {
        var emissions: [Float] = []
        var back: [UInt8] = []
    }

    /// The best tags of tokens `lo..<hi` of a document's features.
    func tag(_ doc: EntityFeatures.Document, from lo: Int, to hi: Int, scratch: inout Scratch) -> [Int] {
        let n = hi - lo
        guard n > 0 else { return [] }
        let t = EntityTagSet.count
        if scratch.emissions.count < n * t { scratch.emissions = [Float](repeating: 0, count: n * t * 2) }
        let scale = self.scale
        let zero = table.rows.count
        table.packed.withUnsafeBufferPointer { w in
            guard let wp = w.baseAddress, t == 17 else { return }
            table.present.withUnsafeBufferPointer { present in
                table.rankBase.withUnsafeBufferPointer { rankBase in
                    doc.rows.withUnsafeBufferPointer { rows in
                        doc.offsets.withUnsafeBufferPointer { off in
                            scratch.emissions.withUnsafeMutableBufferPointer { e in
                                // 17 tags: sixteen in one SIMD group, the last apart
                                for i in 0..<n {
                                    var acc = SIMD16<Int16>(repeating: 0)
                                    var last: Int16 = 0
                                    for f in Int(off[lo + i])..<Int(off[lo + i + 1]) {
                                        let row = Int(rows[f])
                                        let word = present[row &>> 6]
                                        let bit = UInt64(row & 63)
                                        // no branch: a feature without weights reads the zero row past the end,
                                        // so the loads of one token's features overlap instead of waiting on guesses
                                        let has = Int((word &>> bit) & 1)
                                        let index = Int(rankBase[row &>> 6]) &+ (word & ((1 &<< bit) &- 1)).nonzeroBitCount
                                        let base = (zero &+ ((index &- zero) & (0 &- has))) &* t
                                        acc &+= SIMD16<Int16>(truncatingIfNeeded: UnsafeRawPointer(wp + base).loadUnaligned(as: SIMD16<Int8>.self))
                                        last &+= Int16(wp[base &+ 16])
                                    }
                                    for k in 0..<16 { e[i &* t &+ k] = Float(acc[k]) * scale }
                                    e[i &* t &+ 16] = Float(last) * scale
                                }
                            }
                        }
                    }
                }
            }
        }
        return Viterbi.decode(emissions: scratch.emissions, count: n, transitions: transitions, start: start, end: end, back: &scratch.back)
    }
}

/// The rows of a hashed weight table that have a weight: a presence bitmap with a rank
/// index, and the rows packed in row order, then a row of zeros (with room for SIMD loads).
struct WeightTable: Sendable {
    let rows: [Int]
    let packed: [Int8]
    let present: [UInt64]
    let rankBase: [UInt32]

    init(bits: Int, rows: [Int], packed: [Int8]) {
        self.rows = rows
        self.packed = packed + [Int8](repeating: 0, count: 32)
        var present = [UInt64](repeating: 0, count: max(1, (1 << bits) / 64))
        for r in rows { present[r >> 6] |= 1 << UInt64(r & 63) }
        var rank = [UInt32](repeating: 0, count: present.count)
        var total: UInt32 = 0
        for (i, w) in present.enumerated() {
            rank[i] = total
            total += UInt32(w.nonzeroBitCount)
        }
        self.present = present
        self.rankBase = rank
    }
}

/// First-order Viterbi over a flat emission table, trying only the predecessors BILOU allows.
enum Viterbi {
    static let predecessors: [Int] = (0..<EntityTagSet.count).flatMap { k in
        (0..<EntityTagSet.count).filter { EntityTagSet.allowed($0, k) }
    }
    static let predecessorStart: [Int] = {
        var starts = [0]
        for k in 0..<EntityTagSet.count { starts.append(starts[k] + (0..<EntityTagSet.count).filter { EntityTagSet.allowed($0, k) }.count) }
        return starts
    }()

    static func decode(emissions em: [Float], count n: Int, transitions tr: [Float], start: [Float], end: [Float], back: inout [UInt8]) -> [Int] {
        let t = EntityTagSet.count
        var score = [Float](repeating: 0, count: t)
        var next = [Float](repeating: 0, count: t)
        if back.count < n * t { back = [UInt8](repeating: 0, count: n * t * 2) }
        for k in 0..<t { score[k] = start[k] + em[k] }
        if n > 1 {
            predecessors.withUnsafeBufferPointer { preds in
                predecessorStart.withUnsafeBufferPointer { starts in
                    tr.withUnsafeBufferPointer { tr in
                        em.withUnsafeBufferPointer { em in
                            back.withUnsafeMutableBufferPointer { back in
                                for i in 1..<n {
                                    score.withUnsafeBufferPointer { score in
                                        next.withUnsafeMutableBufferPointer { next in
                                            for k in 0..<t {
                                                var best = -Float.infinity, arg: UInt8 = 0
                                                for pi in starts[k]..<starts[k &+ 1] {
                                                    let p = preds[pi]
                                                    let v = score[p] + tr[p &* t &+ k]
                                                    if v > best { best = v; arg = UInt8(truncatingIfNeeded: p) }
                                                }
                                                next[k] = best + em[i &* t &+ k]
                                                back[i &* t &+ k] = arg
                                            }
                                        }
                                    }
                                    swap(&score, &next)
                                }
                            }
                        }
                    }
                }
            }
        }
        var best = -Float.infinity, arg = 0
        for k in 0..<t where score[k] + end[k] > best { best = score[k] + end[k]; arg = k }
        var path = [Int](repeating: 0, count: n)
        path[n - 1] = arg
        var i = n - 1
        while i > 0 {
            path[i - 1] = Int(back[i * t + path[i]])
            i -= 1
        }
        return path
    }
}
