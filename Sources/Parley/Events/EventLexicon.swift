import Foundation

/// Trigger patterns for events, read from Resources/events.tsv: which words
/// signal which PLOVER type and mode, and the closest CAMEO code.
public final class EventLexicon: Sendable {
    /// What a pattern codes.
    public struct Entry: Sendable, Hashable {
        public var pattern: String
        public var type: String
        public var mode: String?
        public var cameo: String
        public var symmetric: Bool
        public var nominal: Bool
        /// The source may act alone, without a target.
        public var selfContained: Bool
        public var quad: Int { PloverTypes.quad(of: type) }
    }

    enum Word: Sendable, Hashable {
        case literal(String)
        case anyOf(Set<String>)
        case gap
    }

    struct Compiled: Sendable {
        let rest: [Word]
        let entry: Entry
    }

    /// Patterns by the forms of their first word, longest first.
    let byFirst: [String: [Compiled]]
    let verbs: Set<String>
    public let problems: [String]

    /// The lexicon Parley ships.
    public static let shared: EventLexicon = {
        guard let url = Bundle.module.url(forResource: "events", withExtension: "tsv", subdirectory: "Resources"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            return EventLexicon(tsv: "", file: "events.tsv")
        }
        return EventLexicon(tsv: text, file: "events.tsv")
    }()

    /// Parses the lexicon; bad rows are reported in ``problems`` and skipped.
    public init(tsv: String, file: String) {
        var classes: [String: Set<String>] = [:]
        var byFirst: [String: [Compiled]] = [:]
        var verbs: Set<String> = []
        var problems: [String] = []
        for (n, raw) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let f = line.split(separator: "\t").map { String($0) }
            if line.hasPrefix("@") {
                if f.count == 2 { classes[f[0]] = Set(f[1].split(separator: " ").map(String.init)) }
                else { problems.append("\(file):\(n + 1): a word class needs a name and its words; write '@name<TAB>word word …'") }
                continue
            }
            guard f.count >= 4 else {
                problems.append("\(file):\(n + 1): expected pattern, type, mode, cameo[, flags]; separate them with tabs")
                continue
            }
            guard PloverTypes.all.contains(f[1]) else {
                problems.append("\(file):\(n + 1): unknown PLOVER type '\(f[1])'; use one of \(PloverTypes.all.sorted().joined(separator: " "))")
                continue
            }
            let flags = Set((f.count > 4 ? f[4] : "").split(separator: ",").map(String.init))
            let entry = Entry(pattern: f[0], type: f[1], mode: f[2] == "-" ? nil : f[2], cameo: f[3],
                              symmetric: flags.contains("sym"), nominal: flags.contains("noun"), selfContained: flags.contains("self"))
            let words = f[0].split(separator: " ").map(String.init)
            guard let first = words.first else { continue }
            var rest: [Word] = []
            var bad = false
            for w in words.dropFirst() {
                if w == "*" { rest.append(.gap) }
                else if w.hasPrefix("@") {
                    guard let c = classes[w] else {
                        problems.append("\(file):\(n + 1): word class \(w) is not defined; define it above with '@name<TAB>words'")
                        bad = true
                        break
                    }
                    rest.append(.anyOf(c))
                } else { rest.append(.literal(w)) }
            }
            if bad { continue }
            let forms = entry.nominal ? Inflection.nounForms(first) : Inflection.verbForms(first)
            if !entry.nominal { verbs.formUnion(forms) }
            for form in forms { byFirst[form, default: []].append(Compiled(rest: rest, entry: entry)) }
        }
        for (k, v) in byFirst { byFirst[k] = v.sorted { $0.rest.count > $1.rest.count } }
        self.byFirst = byFirst
        self.verbs = verbs
        self.problems = problems
    }

    /// Whether a lower-case word is a form of one of the lexicon's verbs.
    public func isVerbForm(_ word: String) -> Bool { verbs.contains(word) }

    /// The longest pattern that matches at token `i`, with the index one past its last token.
    func match(at i: Int, words: [String], limit: Int) -> (entry: Entry, end: Int)? {
        guard let candidates = byFirst[words[i]] else { return nil }
        for c in candidates {
            if let end = EventLexicon.matchRest(c.rest, from: i + 1, words: words, limit: limit) {
                return (c.entry, end)
            }
        }
        return nil
    }

    static func matchRest(_ rest: [Word], from start: Int, words: [String], limit: Int) -> Int? {
        guard let w = rest.first else { return start }
        let tail = Array(rest.dropFirst())
        switch w {
        case .gap:
            for skip in 0...5 where start + skip <= limit {
                if skip > 0 && [".", ",", ";", ":", "\""].contains(words[start + skip - 1]) { break }
                if let end = matchRest(tail, from: start + skip, words: words, limit: limit) { return end }
            }
            return nil
        case .literal(let s):
            // a pattern's last word is its head noun, singular or plural ("open * investigation")
            guard start < limit, words[start] == s || (tail.isEmpty && s.count > 3 && words[start] == s + "s") else { return nil }
            return matchRest(tail, from: start + 1, words: words, limit: limit)
        case .anyOf(let set):
            guard start < limit, set.contains(words[start]) else { return nil }
            return matchRest(tail, from: start + 1, words: words, limit: limit)
        }
    }
}

/// The 16 PLOVER event types and their quad classes.
public enum PloverTypes {
    public static let all: Set<String> = [
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "REJECT", "ACCUSE",
        "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    ]

    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    public static func quad(of type: String) -> Int {
        switch type {
        case "AGREE", "CONSULT", "SUPPORT", "CONCEDE": return 1
        case "COOPERATE", "AID", "RETREAT": return 2
        case "REQUEST", "REJECT", "ACCUSE", "THREATEN": return 3
        default: return 4
        }
    }

    /// Older PLOVER names and the types they became.
    public static func current(_ name: String) -> String {
        switch name {
        case "DEMAND": return "REQUEST"
        case "DISAPPROVE", "INVESTIGATE": return "ACCUSE"
        case "FIGHT": return "ASSAULT"
        default: return name
        }
    }

    /// Older PLOVER mode names (0.5, which split organised from spontaneous acts) and the modes they became.
    public static func currentMode(_ name: String) -> String {
        switch name {
        case "strike-hun": return "hunger"
        case "strike-gen": return "strike"
        case "demo-org", "demo-spon": return "demo"
        case "riot-org", "riot-spon": return "riot"
        default: return name
        }
    }
}
