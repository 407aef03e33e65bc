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
}
