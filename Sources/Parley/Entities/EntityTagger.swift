import Foundation

/// A greedy left-to-right tagger over BIO entity tags, scored by an averaged perceptron.
///
/// Features are hashed to 32-bit keys; the model keeps only the keys that
/// matter, with 8-bit weights and a scale per key. Decoding never allows an
/// `I-X` after anything but `B-X` or `I-X`.
public final class EntityTagger: Sendable {
    /// The tags, `O` first, then `B-X`, `I-X` for each type.
    public let tags: [String]
    let table: FeatureTable
    let weights: [Int8]
    let scales: [Float]

    public static let types = ["PER", "ORG", "LOC", "MISC"]
    public static let defaultTags: [String] = ["O"] + types.flatMap { ["B-\($0)", "I-\($0)"] }

    init(tags: [String], keys: [UInt32], weights: [Int8], scales: [Float]) {
        self.tags = tags
        self.table = FeatureTable(keys: keys)
        self.weights = weights
        self.scales = scales
    }

    /// The model Parley ships, or nil when it is missing from the resources.
    public static let shared: EntityTagger? = {
        guard let url = Bundle.module.url(forResource: "ner", withExtension: "model", subdirectory: "Resources") else { return nil }
        return try? EntityTagger.load(path: url.path)
    }()

    // MARK: - Features

    /// Everything the tagger reads of a sentence, prepared once.
    struct SentenceInput {
        var forms: [TokenForms]
        var allCaps: Bool
    }

    static let bos = FeatureHashing.hash("<s>"), eos = FeatureHashing.hash("</s>")

    /// Prepares a document's sentences: token forms, gazetteer flags, and what the document says of each word's case.
    static func prepare(document sentences: [[String]]) -> [SentenceInput] {
        let gaz = NERGazetteer.shared
        var lowerSeen = Set<String>(), capitalMid = Set<String>()
        var prepared: [SentenceInput] = []
        prepared.reserveCapacity(sentences.count)
        for words in sentences {
            var forms = words.map(TokenForms.init)
            let letters = forms.filter { !$0.lowerText.isEmpty && $0.lowerText.unicodeScalars.contains(where: CharClass.isLetter) }
            let upperWords = words.filter { w in w.unicodeScalars.contains(where: CharClass.isLetter) && w == w.uppercased() }.count
            let allCaps = letters.count >= 3 && upperWords * 10 >= letters.count * 8
            var flags = [UInt32](repeating: 0, count: forms.count)
            let lower = forms.map(\.lowerText)
            NERGazetteer.mark(lower, in: gaz.places, begin: TokenForms.placeBegin, inside: TokenForms.placeInside, flags: &flags)
            NERGazetteer.mark(lower, in: gaz.countries, begin: TokenForms.countryBegin, inside: TokenForms.placeInside, flags: &flags)
            NERGazetteer.mark(lower, in: gaz.demonyms, begin: TokenForms.demonym, inside: TokenForms.demonym, flags: &flags)
            for i in forms.indices {
                var f = forms[i].flags | flags[i]
                if gaz.orgWords.contains(lower[i]) { f |= TokenForms.orgWord }
                if gaz.titleWords.contains(lower[i]) { f |= TokenForms.titleWord }
                if gaz.personTitles.contains(lower[i]) { f |= TokenForms.personTitle }
                if allCaps { f |= TokenForms.allCapsSentence }
                if i == 0 { f |= TokenForms.first }
                forms[i].flags = f
                if !allCaps {
                    if forms[i].isLowercase { lowerSeen.insert(lower[i]) }
                    if i > 0 && forms[i].isCapitalized { capitalMid.insert(lower[i]) }
                }
            }
            prepared.append(SentenceInput(forms: forms, allCaps: allCaps))
        }
        for s in prepared.indices {
            for i in prepared[s].forms.indices {
                let l = prepared[s].forms[i].lowerText
                if lowerSeen.contains(l) { prepared[s].forms[i].flags |= TokenForms.docLower }
                if capitalMid.contains(l) { prepared[s].forms[i].flags |= TokenForms.docCapitalMid }
            }
        }
        return prepared
    }

    /// The features of token `i` that do not depend on the tags before it.
    @inline(__always)
    static func staticFeatures(_ s: SentenceInput, _ i: Int, into out: inout [UInt32]) {
        let f = s.forms
        let n = f.count
        let t = f[i]
        func lower(_ k: Int) -> UInt64 { k < 0 ? bos : k >= n ? eos : f[k].lower }
        func shape(_ k: Int) -> UInt64 { k < 0 ? bos : k >= n ? eos : f[k].shape }
        func flags(_ k: Int) -> UInt32 { k < 0 || k >= n ? 0 : f[k].flags }
        // in all-capitals lines the written form says little; the lower case and the document say more
        let caps: UInt64 = s.allCaps ? 1 : 0
        out.append(FeatureHashing.key(1, 0))
        out.append(FeatureHashing.key(2, t.word, caps))
        out.append(FeatureHashing.key(3, t.lower))
        out.append(FeatureHashing.key(4, t.shape, caps))
        out.append(FeatureHashing.key(5, t.prefixes.0)); out.append(FeatureHashing.key(5, t.prefixes.1))
        out.append(FeatureHashing.key(5, t.prefixes.2)); out.append(FeatureHashing.key(5, t.prefixes.3))
        out.append(FeatureHashing.key(6, t.suffixes.0)); out.append(FeatureHashing.key(6, t.suffixes.1))
        out.append(FeatureHashing.key(6, t.suffixes.2)); out.append(FeatureHashing.key(6, t.suffixes.3))
        out.append(FeatureHashing.key(7, lower(i - 1)))
        out.append(FeatureHashing.key(8, lower(i + 1)))
        out.append(FeatureHashing.key(9, lower(i - 2)))
        out.append(FeatureHashing.key(10, lower(i + 2)))
        out.append(FeatureHashing.key(11, shape(i - 1), caps))
        out.append(FeatureHashing.key(12, shape(i + 1), caps))
        out.append(FeatureHashing.key(13, lower(i - 1), t.lower))
        out.append(FeatureHashing.key(14, t.lower, lower(i + 1)))
        out.append(FeatureHashing.key(15, shape(i - 1), t.shape, shape(i + 1)))
        out.append(FeatureHashing.key(16, lower(i - 1), t.shape))
        out.append(FeatureHashing.key(17, t.shape, lower(i + 1)))
        let g: UInt32 = TokenForms.placeBegin | TokenForms.placeInside | TokenForms.demonym | TokenForms.orgWord
            | TokenForms.titleWord | TokenForms.personTitle | TokenForms.countryBegin
        out.append(FeatureHashing.key(18, UInt64(t.flags & g), caps))
        out.append(FeatureHashing.key(19, UInt64(flags(i - 1) & g)))
        out.append(FeatureHashing.key(20, UInt64(flags(i + 1) & g)))
        out.append(FeatureHashing.key(21, UInt64(t.flags & (TokenForms.docLower | TokenForms.docCapitalMid | TokenForms.first)), t.shape))
        out.append(FeatureHashing.key(22, UInt64(t.flags & (TokenForms.hasDigit | TokenForms.hyphen)), caps))
        out.append(FeatureHashing.key(23, UInt64(flags(i + 1) & TokenForms.orgWord), UInt64(flags(i + 2) & TokenForms.orgWord), t.shape))
    }

    /// The features that read the two tags before token `i`.
    @inline(__always)
    static func historyFeatures(_ s: SentenceInput, _ i: Int, _ p1: Int, _ p2: Int, into out: inout [UInt32]) {
        let t = s.forms[i]
        out.append(FeatureHashing.key(30, UInt64(p1)))
        out.append(FeatureHashing.key(31, UInt64(p1), UInt64(p2)))
        out.append(FeatureHashing.key(32, UInt64(p1), t.lower))
        out.append(FeatureHashing.key(33, UInt64(p1), t.shape))
    }

    // MARK: - Decoding

    /// Whether tag `next` may follow tag `prev` (I-X only inside an X).
    static func allowed(_ prev: Int, _ next: Int) -> Bool {
        guard next > 0, next % 2 == 0 else { return true }  // O and B-X always; I-X has an even index
        return prev == next || prev == next - 1
    }

    /// Tags the sentences of one document.
    public func tag(document sentences: [[String]]) -> [[String]] {
        let prepared = EntityTagger.prepare(document: sentences)
        var out: [[String]] = []
        out.reserveCapacity(prepared.count)
        var feats: [UInt32] = []
        feats.reserveCapacity(48)
        var scores = [Float](repeating: 0, count: tags.count)
        for s in prepared {
            var result: [Int] = []
            result.reserveCapacity(s.forms.count)
            for i in s.forms.indices {
                feats.removeAll(keepingCapacity: true)
                EntityTagger.staticFeatures(s, i, into: &feats)
                let p1 = i > 0 ? result[i - 1] : -1, p2 = i > 1 ? result[i - 2] : -1
                EntityTagger.historyFeatures(s, i, p1 + 1, p2 + 1, into: &feats)
                for k in scores.indices { scores[k] = 0 }
                score(feats, into: &scores)
                var best = 0
                var bestScore = -Float.infinity
                for k in scores.indices where EntityTagger.allowed(p1 < 0 ? 0 : p1, k) && scores[k] > bestScore {
                    best = k
                    bestScore = scores[k]
                }
                result.append(best)
            }
            out.append(result.map { tags[$0] })
        }
        return out
    }

    @inline(__always)
    func score(_ feats: [UInt32], into scores: inout [Float]) {
        let n = tags.count
        weights.withUnsafeBufferPointer { w in
            scales.withUnsafeBufferPointer { sc in
                for f in feats {
                    guard let row = table.row(f) else { continue }
                    let base = row * n
                    let scale = sc[row]
                    for k in 0..<n { scores[k] += Float(w[base + k]) * scale }
                }
            }
        }
    }
}

/// An open-addressing table from feature keys to weight rows.
struct FeatureTable: Sendable {
    let slots: [UInt32]
    let rows: [Int32]
    let mask: Int

    init(keys: [UInt32]) {
        var cap = 16
        while cap < keys.count * 2 { cap <<= 1 }
        var slots = [UInt32](repeating: 0, count: cap)
        var rows = [Int32](repeating: -1, count: cap)
        for (r, k) in keys.enumerated() {
            var i = Int(k) & (cap - 1)
            while rows[i] >= 0 { i = (i + 1) & (cap - 1) }
            slots[i] = k
            rows[i] = Int32(r)
        }
        self.slots = slots
        self.rows = rows
        self.mask = cap - 1
    }

    @inline(__always) func row(_ key: UInt32) -> Int? {
        var i = Int(key) & mask
        while true {
            let r = rows[i]
            if r < 0 { return nil }
            if slots[i] == key { return Int(r) }
            i = (i + 1) & mask
        }
    }
}
