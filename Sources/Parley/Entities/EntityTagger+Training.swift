/// Training the ``EntityTagger``: an averaged structured perceptron over BILOU tags with
/// Viterbi decoding, documents shuffled by a fixed seed each epoch, so the same data
/// and options always give the same model.
public struct EntityTaggerTrainer {
    public struct Example: Sendable {
        public var words: [String]
        /// BIO tags (B-X at each entity's first word).
        public var tags: [String]
        public var document: Int
        public init(words: [String], tags: [String], document: Int) {
            self.words = words
            self.tags = tags
            self.document = document
        }
    }

    /// Hash width of the feature table.
    public var bits: Int
    var w: [Float] = []
    /// Updates weighted by the step they happened at, for averaging (w − u/c).
    var u: [Double] = []
    var tw: [Float] = []
    var tu: [Double] = []
    var c: Double = 1

    public init(bits: Int = 20) {
        self.bits = bits
    }

    /// Trains over the examples; `progress` hears each epoch's training token accuracy.
    public mutating func train(_ examples: [Example], epochs: Int, seed: UInt64 = 2003, progress: (Int, Double) -> Void = { _, _ in }) {
        let t = EntityTagSet.count
        let extractor = EntityFeatures(gazetteer: NERGazetteer.shared, bits: bits)
        // documents are extracted whole: the document-level features need every sentence of one
        var docs: [EntityFeatures.Document] = []
        var gold: [[[Int]]] = []
        var start = 0
        while start < examples.count {
            var end = start
            while end < examples.count && examples[end].document == examples[start].document { end += 1 }
            let part = examples[start..<end]
            docs.append(extractor.extract(document: part.map(\.words)))
            gold.append(part.map { EntityTagSet.encode(EntityTagSet.spans(bio: $0.tags), count: $0.words.count) })
            start = end
        }
        let size = (1 << bits) * t
        if w.count != size {
            w = [Float](repeating: 0, count: size)
            u = [Double](repeating: 0, count: size)
            tw = [Float](repeating: 0, count: t * t + 2 * t)
            tu = [Double](repeating: 0, count: t * t + 2 * t)
        }
        var rng = SplitMix64(state: seed)
        var order = Array(docs.indices)
        var em: [Float] = []
        var back: [UInt8] = []
        for epoch in 1...max(1, epochs) {
            order.shuffle(using: &rng)
            var errors = 0, tokens = 0
            for d in order {
                let doc = docs[d]
                for s in 0..<doc.sentenceCount {
                    let lo = doc.sentenceStarts[s], n = doc.sentenceStarts[s + 1] - lo
                    guard n > 0 else { continue }
                    let g = gold[d][s]
                    tokens += n
                    em = [Float](repeating: 0, count: n * t)
                    for i in 0..<n {
                        for f in Int(doc.offsets[lo + i])..<Int(doc.offsets[lo + i + 1]) {
                            let base = Int(doc.rows[f]) * t
                            for k in 0..<t { em[i * t + k] += w[base + k] }
                        }
                    }
                    let (tr, st, en) = Self.constrained(tw, t)
                    let pred = Viterbi.decode(emissions: em, count: n, transitions: tr, start: st, end: en, back: &back)
                    if pred != g {
                        for i in 0..<n where pred[i] != g[i] {
                            errors += 1
                            for f in Int(doc.offsets[lo + i])..<Int(doc.offsets[lo + i + 1]) {
                                let base = Int(doc.rows[f]) * t
                                bump(base + g[i], 1)
                                bump(base + pred[i], -1)
                            }
                        }
                        for i in 0..<n {
                            let gp = i == 0 ? -1 : g[i - 1], pp = i == 0 ? -1 : pred[i - 1]
                            if gp != pp || g[i] != pred[i] {
                                bumpTransition(gp < 0 ? t * t + g[i] : gp * t + g[i], 1)
                                bumpTransition(pp < 0 ? t * t + pred[i] : pp * t + pred[i], -1)
                            }
                        }
                        if g[n - 1] != pred[n - 1] {
                            bumpTransition(t * t + t + g[n - 1], 1)
                            bumpTransition(t * t + t + pred[n - 1], -1)
                        }
                    }
                    c += 1
                }
            }
            progress(epoch, 1 - Double(errors) / Double(max(tokens, 1)))
        }
    }

    @inline(__always) mutating func bump(_ i: Int, _ d: Float) {
        w[i] += d
        u[i] += c * Double(d)
    }

    @inline(__always) mutating func bumpTransition(_ i: Int, _ d: Float) {
        tw[i] += d
        tu[i] += c * Double(d)
    }

    /// The averaged model in 8 bits (one scale), keeping rows whose largest weight reaches `threshold`
    /// thousandths of the model's largest weight (0 keeps every row with a weight).
    public func model(threshold: Float = 0) -> EntityTagger {
        let t = EntityTagSet.count
        var avg = [Float](repeating: 0, count: w.count)
        var maxAbs: Float = 0
        for k in w.indices {
            avg[k] = w[k] - Float(u[k] / c)
            maxAbs = max(maxAbs, abs(avg[k]))
        }
        let scale = maxAbs > 0 ? maxAbs / 127 : 1
        let floor = threshold * maxAbs * 0.001
        var rows: [Int] = [], packed: [Int8] = []
        for r in 0..<(w.count / t) {
            var rowMax: Float = 0
            for k in 0..<t { rowMax = max(rowMax, abs(avg[r * t + k])) }
            guard rowMax >= floor else { continue }
            let q = (0..<t).map { Int8(clamping: Int((avg[r * t + $0] / scale).rounded())) }
            guard q.contains(where: { $0 != 0 }) else { continue }
            rows.append(r)
            packed += q
        }
        let tavg = tw.indices.map { tw[$0] - Float(tu[$0] / c) }
        return EntityTagger(bits: bits, table: WeightTable(bits: bits, rows: rows, packed: packed), scale: scale,
                            transitions: Array(tavg[0..<(t * t)]), start: Array(tavg[(t * t)..<(t * t + t)]), end: Array(tavg[(t * t + t)...]))
    }

    /// Transition, start and end weights with the BILOU constraints applied.
    static func constrained(_ tw: [Float], _ t: Int) -> ([Float], [Float], [Float]) {
        var tr = Array(tw[0..<(t * t)]), st = Array(tw[(t * t)..<(t * t + t)]), en = Array(tw[(t * t + t)...])
        for a in 0..<t {
            if !EntityTagSet.allowed(-1, a) { st[a] = -.infinity }
            if !EntityTagSet.allowed(a, -1) { en[a] = -.infinity }
            for b in 0..<t where !EntityTagSet.allowed(a, b) { tr[a * t + b] = -.infinity }
        }
        return (tr, st, en)
    }

    /// IOB1 tags (CoNLL-2003) rewritten as BIO.
    public static func bio(_ iob1: [String]) -> [String] {
        var out: [String] = []
        for (i, t) in iob1.enumerated() {
            if t.hasPrefix("I-") && (i == 0 || (iob1[i - 1].dropFirst(2) != t.dropFirst(2)) || iob1[i - 1] == "O") {
                out.append("B-" + t.dropFirst(2))
            } else {
                out.append(t)
            }
        }
        return out
    }
}
