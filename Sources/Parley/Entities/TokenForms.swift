/// What the tagger needs of one token, hashed once: the word, its lower case, shape,
/// prefixes, suffixes, and gazetteer flags.
struct TokenForms {
    var word: UInt64
    var lower: UInt64
    var shape: UInt64
    var prefixes: (UInt64, UInt64, UInt64, UInt64)
    var suffixes: (UInt64, UInt64, UInt64, UInt64)
    var flags: UInt32
    var lowerText: String
    var isCapitalized: Bool
    var isLowercase: Bool

    static let placeBegin: UInt32 = 1, placeInside: UInt32 = 2, demonym: UInt32 = 4, orgWord: UInt32 = 8,
               titleWord: UInt32 = 16, personTitle: UInt32 = 32, countryBegin: UInt32 = 64, docLower: UInt32 = 128,
               docCapitalMid: UInt32 = 256, allCapsSentence: UInt32 = 512, first: UInt32 = 1024, hasDigit: UInt32 = 2048,
               hyphen: UInt32 = 4096

    init(_ text: String) {
        word = FeatureHashing.hash(text)
        let low = text.lowercased()
        lowerText = low
        lower = FeatureHashing.hash(low)
        var shapeBytes: [UInt8] = []
        shapeBytes.reserveCapacity(8)
        var last: UInt8 = 0
        var caps = false, lowers = false, digit = false, hyphen = false
        for u in text.unicodeScalars {
            let c: UInt8
            if CharClass.isUpper(u) { c = 88; caps = true }            // X
            else if CharClass.isLetter(u) { c = 120; lowers = true }   // x
            else if CharClass.isDigit(u) { c = 100; digit = true }     // d
            else if u.isASCII { c = UInt8(u.value); if u == "-" { hyphen = true } }
            else { c = 63 }
            if c != last || shapeBytes.count < 2 { shapeBytes.append(c) }
            last = c
        }
        shape = FeatureHashing.hash(bytes: shapeBytes.prefix(6))
        let u8 = Array(low.utf8)
        func pre(_ k: Int) -> UInt64 { u8.count >= k ? FeatureHashing.hash(bytes: u8.prefix(k)) &+ UInt64(k) : 0 }
        func suf(_ k: Int) -> UInt64 { u8.count >= k ? FeatureHashing.hash(bytes: u8.suffix(k)) &+ UInt64(k + 8) : 0 }
        prefixes = (pre(1), pre(2), pre(3), pre(4))
        suffixes = (suf(1), suf(2), suf(3), suf(4))
        isCapitalized = text.unicodeScalars.first.map(CharClass.isUpper) ?? false
        isLowercase = lowers && !caps
        flags = (digit ? TokenForms.hasDigit : 0) | (hyphen ? TokenForms.hyphen : 0)
    }
}
