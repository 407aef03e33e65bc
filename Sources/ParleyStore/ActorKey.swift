import Foundation
import Parley

/// The key under which reports from different articles count as the same actor.
///
/// A country acting (kind `country` with a code) is its ISO code, so "South Korea" and
/// "Republic of Korea" meet; anyone else is their normalised name: lower case, accents
/// dropped, punctuation and runs of spaces folded to one space ("Kim Jong-un" = "kim jong un").
public enum ActorKey {
    /// The merge key of an actor.
    public static func of(_ actor: Actor) -> String {
        if actor.kind == .country, let c = actor.country, !c.isEmpty { return "c:" + c.uppercased() }
        return "n:" + normalize(actor.name)
    }

    /// The key of a country actor a user names by its ISO code ("PAK") or by its name ("Pakistan").
    public static func countryKey(_ name: String) -> String {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        return "c:" + (CountryTable.shared.code(forName: trimmed) ?? normalize(trimmed).uppercased())
    }

    /// A name folded for comparison: lower case, no accents, words separated by one space.
    public static func normalize(_ name: String) -> String {
        name.utf8.allSatisfy({ $0 < 0x80 }) ? normalizeASCII(name) : normalizeFolding(name)
    }

    /// ``normalize(_:)`` of any name, through Foundation's folding of case and accents.
    static func normalizeFolding(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        var out = ""
        var pendingSpace = false
        for s in folded.unicodeScalars {
            if s.properties.isAlphabetic || ("0"..."9").contains(s) {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(s)
            } else if s != "'" && s != "\u{2019}" {
                pendingSpace = true
            }
        }
        return out
    }

    /// ``normalize(_:)`` of an ASCII name, byte by byte: Foundation's folding cost more than the rest
    /// of flattening an article into rows.
    static func normalizeASCII(_ name: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for b in name.utf8 {
            switch b {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                if pendingSpace && !out.isEmpty { out.append(0x20) }
                pendingSpace = false
                out.append(b | (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") ? 0x20 : 0))
            case UInt8(ascii: "'"):
                break
            default:
                pendingSpace = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
