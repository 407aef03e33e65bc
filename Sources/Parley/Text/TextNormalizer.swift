/// Maps typographic variants to their plain forms, one scalar for one, so that
/// every offset into the normalised text is also an offset into the original.
///
/// Curly and low quotes become `'` and `"`, en and em dashes `-`, the many
/// Unicode spaces a plain space, and a carriage return a line feed.
public struct TextNormalizer: Stage {
    public let name = "normalize"

    public init() {}

    public func process(_ document: inout Document) {
        var out = document.scalars
        for i in out.indices {
            let v = out[i].value
            if v < 0x80 {
                if v == 0x0D { out[i] = "\n" }
                continue
            }
            if let m = Self.map(v) { out[i] = m }
        }
        document.normalized = out
    }

    /// The plain form of a non-ASCII scalar, or nil to keep it.
    static func map(_ v: UInt32) -> Unicode.Scalar? {
        switch v {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x0060, 0x00B4: return "'"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: return "\""
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: return "-"
        case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0x200B, 0xFEFF: return " "
        case 0x2028, 0x2029, 0x0085: return "\n"
        default: return nil
        }
    }
}
