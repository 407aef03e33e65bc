/// Training the ``EntityTagger``: an averaged perceptron over greedy decoding with
/// predicted history, sentences shuffled by a fixed seed each epoch.
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

    let tags = EntityTagger.defaultTags
    var rowOf: [UInt32: Int] = [:]
    var keys: [UInt32] = []
    var w: [Float] = []
    var total: [Float] = []
    var stamp: [Int32] = []
    var clock: Int32 = 0

    public init() {}

    mutating func row(_ key: UInt32) -> Int {
        if let r = rowOf[key] { return r }
        let r = keys.count
        rowOf[key] = r
        keys.append(key)
        w.append(contentsOf: repeatElement(0, count: tags.count))
        total.append(contentsOf: repeatElement(0, count: tags.count))
        stamp.append(contentsOf: repeatElement(0, count: tags.count))
        return r
    }

    mutating func update(_ feats: [UInt32], _ tag: Int, _ delta: Float) {
        let n = tags.count
        for f in feats {
            let i = row(f) * n + tag
            total[i] += Float(clock - stamp[i]) * w[i]
            stamp[i] = clock
            w[i] += delta
        }
    }

    /// Trains over the examples; `progress` hears each epoch's training accuracy.
    public mutating func train(_ examples: [Example], epochs: Int, seed: UInt64 = 2003, progress: (Int, Double) -> Void = { _, _ in }) {
        let tagIndex = Dictionary(uniqueKeysWithValues: tags.enumerated().map { ($1, $0) })
        // documents are prepared once: the document-level case features need every sentence of one
        var prepared: [EntityTagger.SentenceInput] = []
        var order: [Int] = []
        var start = 0
        while start < examples.count {
            var end = start
            while end < examples.count && examples[end].document == examples[start].document { end += 1 }
            prepared += EntityTagger.prepare(document: examples[start..<end].map(\.words))
            start = end
        }
        order = Array(examples.indices)
        var rng = SplitMix64(state: seed)
        var feats: [UInt32] = []
        var scores = [Float](repeating: 0, count: tags.count)
        for epoch in 1...max(1, epochs) {
            order.shuffle(using: &rng)
            var correct = 0, seen = 0
            for e in order {
                let s = prepared[e]
                let gold = examples[e].tags.map { tagIndex[$0] ?? 0 }
                var predicted: [Int] = []
                for i in s.forms.indices {
                    clock += 1
                    feats.removeAll(keepingCapacity: true)
                    EntityTagger.staticFeatures(s, i, into: &feats)
                    let p1 = i > 0 ? predicted[i - 1] : -1, p2 = i > 1 ? predicted[i - 2] : -1
                    EntityTagger.historyFeatures(s, i, p1 + 1, p2 + 1, into: &feats)
                    for k in scores.indices { scores[k] = 0 }
                    for f in feats {
                        guard let r = rowOf[f] else { continue }
                        let base = r * tags.count
                        for k in scores.indices { scores[k] += w[base + k] }
                    }
                    var best = 0
                    var bestScore = -Float.infinity
                    for k in scores.indices where EntityTagger.allowed(p1 < 0 ? 0 : p1, k) && scores[k] > bestScore {
                        best = k
                        bestScore = scores[k]
                    }
                    if best != gold[i] {
                        update(feats, gold[i], 1)
                        update(feats, best, -1)
                    } else {
                        correct += 1
                    }
                    seen += 1
                    predicted.append(best)
                }
            }
            progress(epoch, Double(correct) / Double(max(1, seen)))
        }
    }

    /// The averaged model in 8 bits, keeping keys whose largest weight reaches `threshold` (in thousandths
    /// of the model's largest weight).
    public func model(threshold: Float = 1) -> EntityTagger {
        let n = tags.count
        var avg = [Float](repeating: 0, count: w.count)
        let now = Float(clock)
        var maxAbs: Float = 0
        for i in w.indices {
            avg[i] = (total[i] + Float(clock - stamp[i]) * w[i]) / max(now, 1)
            maxAbs = max(maxAbs, abs(avg[i]))
        }
        var keptKeys: [UInt32] = [], weights: [Int8] = [], scales: [Float] = []
        for r in keys.indices {
            let rowMax = (0..<n).map { abs(avg[r * n + $0]) }.max() ?? 0
            guard rowMax > 0, rowMax >= threshold * maxAbs * 0.001 else { continue }
            let scale = rowMax / 127
            keptKeys.append(keys[r])
            scales.append(scale)
            for k in 0..<n { weights.append(Int8(max(-127, min(127, (avg[r * n + k] / scale).rounded())))) }
        }
        return EntityTagger(tags: tags, keys: keptKeys, weights: weights, scales: scales)
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
