/// Turns the words of a document into hashed feature rows for the tagger.
///
/// Everything comes from the words alone (no part-of-speech or chunk tags): the
/// word, its lower case, shape, prefixes and suffixes, neighbours (±2), gazetteer
/// membership, position, all-capitals lines, and what the same word does elsewhere
/// in the document. Each feature is a 64-bit hash reduced to `bits` bits.
struct EntityFeatures: Sendable {
    let gazetteer: NERGazetteer
    let bits: Int

    /// The features of a document: token `t` (counted across sentences) owns
    /// `rows[offsets[t]..<offsets[t+1]]`; sentence `s` owns tokens `sentenceStarts[s]..<sentenceStarts[s+1]`.
    struct Document: Sendable {
        var rows: [Int32] = []
        var offsets: [Int32] = [0]
        var sentenceStarts: [Int] = [0]
        var sentenceCount: Int { sentenceStarts.count - 1 }
    }

    // What a lower-case word does across the document.
    static let docCapitalMid: UInt8 = 1, docLower: UInt8 = 2, docRunLast: UInt8 = 4, docRunFirst: UInt8 = 8, docAfterFirstName: UInt8 = 16

    /// Features of every sentence of a document.
    func extract(document: [[String]]) -> Document {
        var forms: [[TokenForms]] = document.map { $0.map(TokenForms.init) }
        for s in forms.indices { markGazetteer(&forms[s]) }
        let doc = Self.documentFlags(forms)
        var out = Document()
        let total = forms.reduce(0) { $0 + $1.count }
        out.rows.reserveCapacity(total * 48)
        out.offsets.reserveCapacity(total + 1)
        out.sentenceStarts.reserveCapacity(forms.count + 1)
        for s in forms {
            append(s, doc: doc, to: &out)
            out.sentenceStarts.append(out.offsets.count - 1)
        }
        return out
    }

    /// Marks each word's own categories and the longest capitalised phrase at each start.
    func markGazetteer(_ s: inout [TokenForms]) {
        let n = s.count
        let seed = FeatureHashing.phraseSeed
        for k in 0..<n { s[k].gazetteer = gazetteer.phrases.get(FeatureHashing.combine(seed, s[k].lower)) }
        var i = 0
        while i < n {
            guard s[i].isCapitalized else { i += 1; continue }
            var matched = 0
            var cats: UInt16 = 0
            var h = seed
            var len = 0
            while len < gazetteer.maxPhraseLength && i + len < n {
                h = FeatureHashing.combine(h, s[i + len].lower)
                len += 1
                // phrases count only when written as names are, capitalised at both ends
                let f = len == 1 ? s[i].gazetteer : gazetteer.phrases.get(h)
                if f != 0 && s[i + len - 1].isCapitalized { matched = len; cats = f }
            }
            guard matched > 0 else { i += 1; continue }
            for k in 0..<matched {
                let pos: UInt64 = matched == 1 ? 3 : (k == 0 ? 0 : (k == matched - 1 ? 2 : 1))
                var c = cats
                while c != 0 {
                    s[i + k].span |= 1 << (UInt64(c.trailingZeroBitCount) * 4 + pos)
                    c &= c - 1
                }
            }
            i += matched
        }
    }

    /// Whether every word with letters is upper-case (a CoNLL-style headline), with at least two such words.
    static func isAllCapsLine(_ s: [TokenForms]) -> Bool {
        var letters = 0
        for t in s where t.hasLetter {
            if !t.allCaps { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// What each lower-case word does across the document's sentences (all-capitals lines say nothing).
    static func documentFlags(_ sentences: [[TokenForms]]) -> FlagTable<UInt8> {
        var flags = FlagTable<UInt8>(capacity: 256)
        let firstName = UInt16(1) << UInt16(NERGazetteer.Category.firstName.rawValue)
        for s in sentences where !isAllCapsLine(s) {
            var k = 0
            while k < s.count {
                let t = s[k]
                if t.isLowercase { flags.insert(t.lower, docLower) }
                if t.isCapitalized && k > 0 { flags.insert(t.lower, docCapitalMid) }
                guard t.isCapitalized else { k += 1; continue }
                var e = k + 1
                while e < s.count && s[e].isCapitalized { e += 1 }
                if e - k >= 2 {
                    flags.insert(s[k].lower, docRunFirst)
                    flags.insert(s[e - 1].lower, docRunLast)
                    for j in (k + 1)..<e where s[j - 1].gazetteer & firstName != 0 { flags.insert(s[j].lower, docAfterFirstName) }
                }
                k = e
            }
        }
        return flags
    }

    /// Appends the hashed features of one sentence.
    func append(_ s: [TokenForms], doc: FlagTable<UInt8>, to out: inout Document) {
        let n = s.count
        let shift = UInt64(64 - bits)
        let allCapsLine: UInt64 = Self.isAllCapsLine(s) ? 1 : 0
        let b1 = TokenForms.boundary(1), b2 = TokenForms.boundary(2)
        @inline(__always) func add(_ template: UInt64, _ value: UInt64) {
            out.rows.append(Int32(truncatingIfNeeded: FeatureHashing.combine(template, value) >> shift))
        }
        @inline(__always) func at(_ k: Int) -> TokenForms {
            if k < 0 { return k == -1 ? b1 : b2 }
            if k >= n { return k == n ? b1 : b2 }
            return s[k]
        }
        for i in 0..<n {
            let t = s[i]
            let p1 = at(i - 1), p2 = at(i - 2), n1 = at(i + 1), n2 = at(i + 2)
            add(1, 0)
            add(2, t.word)
            add(3, t.lower)
            add(4, t.shape)
            add(5, t.short)
            add(6, t.prefixes.0); add(7, t.prefixes.1); add(8, t.prefixes.2); add(9, t.prefixes.3)
            add(10, t.suffixes.0); add(11, t.suffixes.1); add(12, t.suffixes.2); add(13, t.suffixes.3)
            add(14, p1.lower); add(15, n1.lower); add(16, p2.lower); add(17, n2.lower)
            add(18, p1.shape); add(19, n1.shape); add(20, p2.short); add(21, n2.short)
            add(22, FeatureHashing.combine(p1.lower, t.lower))
            add(23, FeatureHashing.combine(t.lower, n1.lower))
            add(24, FeatureHashing.combine(FeatureHashing.combine(p1.short, t.short), n1.short))
            let position: UInt64 = i == 0 ? 1 : (i == n - 1 ? 2 : 3)
            add(25, FeatureHashing.combine(position, t.short))
            add(26, FeatureHashing.combine(allCapsLine, t.shape))
            add(27, FeatureHashing.combine(allCapsLine, t.lower))
            add(28, FeatureHashing.combine(p1.lower, t.short))
            add(29, FeatureHashing.combine(t.short, n1.lower))
            let cap: UInt64 = t.isCapitalized ? 1 : 0
            var g = t.gazetteer
            while g != 0 {
                add(30, FeatureHashing.combine(UInt64(g.trailingZeroBitCount), cap))
                g &= g - 1
            }
            var sp = t.span
            while sp != 0 {
                add(31, UInt64(sp.trailingZeroBitCount))
                sp &= sp - 1
            }
            var gp = p1.gazetteer
            while gp != 0 {
                add(32, UInt64(gp.trailingZeroBitCount))
                gp &= gp - 1
            }
            var gn = n1.gazetteer
            while gn != 0 {
                add(33, UInt64(gn.trailingZeroBitCount))
                gn &= gn - 1
            }
            // what the same word does elsewhere in the document
            if t.hasLetter {
                let d = UInt64(doc.get(t.lower))
                add(34, FeatureHashing.combine(d, FeatureHashing.combine(cap, allCapsLine &* 2 &+ (i == 0 ? 1 : 0))))
                var left = d
                while left != 0 {
                    add(35, FeatureHashing.combine(UInt64(left.trailingZeroBitCount), t.short))
                    left &= left - 1
                }
            }
            out.offsets.append(Int32(out.rows.count))
        }
    }
}
