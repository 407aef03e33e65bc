/// What the tagger needs of one token, hashed once from its UTF-8 bytes without
/// building strings: the word, its lower case, shape, short shape, prefixes,
/// suffixes, case, and the gazetteer's categories.
struct TokenForms {
    var word: UInt64 = 0, lower: UInt64 = 0, shape: UInt64 = 0, short: UInt64 = 0
    var prefixes = (UInt64(0), UInt64(0), UInt64(0), UInt64(0))
    var suffixes = (UInt64(0), UInt64(0), UInt64(0), UInt64(0))
    var isCapitalized = false, allCaps = false, hasLetter = false, isLowercase = false
    /// Gazetteer categories of the word alone (``NERGazetteer/Category`` bits).
    var gazetteer: UInt16 = 0
    /// (category, B/I/L/U position) bits of the longest capitalised gazetteer phrase covering the token.
    var span: UInt64 = 0

    /// The padding before the sentence start (`distance` 1 or 2) and after its end.
    static func boundary(_ distance: UInt64) -> TokenForms {
        TokenForms(word: distance, lower: distance, shape: distance, short: distance)
    }

    init(word: UInt64, lower: UInt64, shape: UInt64, short: UInt64) {
        self.word = word
        self.lower = lower
        self.shape = shape
        self.short = short
    }

    init(_ text: String) {
        var s = text
        // native strings are contiguous UTF-8: read the bytes in place
        self = s.withUTF8 { TokenForms(bytes: $0) }
    }

    init(bytes: UnsafeBufferPointer<UInt8>) {
        let n = min(bytes.count, 64)
        var word = FeatureHashing.offset, lower = word, shape = word, short = word
        let prime = FeatureHashing.prime
        var upper = 0, lowers = 0, letters = 0
        var lastClass: UInt8 = 0, run = 0
        var firstUpper = false
        for k in 0..<n {
            let b = bytes[k]
            word = (word ^ UInt64(b)) &* prime
            let lb = b >= 65 && b <= 90 ? b + 32 : b
            lower = (lower ^ UInt64(lb)) &* prime
            switch k {
            case 0: prefixes.0 = lower
            case 1: prefixes.1 = lower
            case 2: prefixes.2 = lower
            case 3: prefixes.3 = lower
            default: break
            }
            if b >= 0x80 && b < 0xC0 { continue }  // a UTF-8 continuation byte
            let cls: UInt8
            if b >= 65 && b <= 90 { cls = 88; upper += 1; letters += 1; if k == 0 { firstUpper = true } }  // X
            else if b >= 97 && b <= 122 { cls = 120; lowers += 1; letters += 1 }  // x
            else if b >= 48 && b <= 57 { cls = 100 }  // d
            else if b >= 0x80 { cls = 120; letters += 1; lowers += 1 }
            else { cls = b }
            run = cls == lastClass ? run + 1 : 1
            if run <= 4 { shape = (shape ^ UInt64(cls)) &* prime }
            if cls != lastClass { short = (short ^ UInt64(cls)) &* prime }
            lastClass = cls
        }
        @inline(__always) func suffix(_ len: Int) -> UInt64 {
            var h = FeatureHashing.offset ^ 0x55
            for k in max(0, n - len)..<n {
                let b = bytes[k]
                h = (h ^ UInt64(b >= 65 && b <= 90 ? b + 32 : b)) &* prime
            }
            return h
        }
        if n > 0 && bytes[0] >= 0x80 {
            // a non-ASCII first letter: ask Unicode
            var it = String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<min(n, 4)]), as: UTF8.self).unicodeScalars.makeIterator()
            if let u = it.next(), u.properties.isUppercase { firstUpper = true; upper += 1; lowers -= 1 }
        }
        self.word = word
        self.lower = lower
        self.shape = shape
        self.short = short
        suffixes = (suffix(1), n > 1 ? suffix(2) : 0, n > 2 ? suffix(3) : 0, n > 3 ? suffix(4) : 0)
        isCapitalized = firstUpper
        hasLetter = letters > 0
        allCaps = letters > 0 && lowers == 0 && upper > 0
        isLowercase = letters > 0 && upper == 0
    }
}
