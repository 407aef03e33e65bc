import Foundation
import Parley

/// CoNLL-2003 data: one token a line (`word POS chunk NER`), IOB1 tags, `-DOCSTART-`
/// between documents, a blank line between sentences.
public enum CoNLL {
    /// One sentence: its words and their IOB1 entity tags.
    public struct Sentence: Sendable, Hashable {
        public var words: [String]
        public var tags: [String]
        public var document: Int
    }

    /// Reads a CoNLL file; a malformed line names the file and line.
    public static func read(path: String) throws(ParleyError) -> [Sentence] {
        let text = try ArticleText.read(path: path)
        return try parse(text, file: path)
    }

    public static func parse(_ text: String, file: String) throws(ParleyError) -> [Sentence] {
        var out: [Sentence] = []
        var words: [String] = [], tags: [String] = []
        var document = 0
        func flush() {
            if !words.isEmpty { out.append(Sentence(words: words, tags: tags, document: document)) }
            words = []; tags = []
        }
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.trimmingCharacters(in: .whitespaces).isEmpty { flush(); continue }
            if line.hasPrefix("-DOCSTART-") { flush(); document += 1; continue }
            let f = line.split(separator: " ")
            guard f.count >= 2, let tag = f.last else {
                throw ParleyError(.malformedInput, input: "\(file):\(n + 1)", problem: "expected 'word POS chunk TAG' (space-separated), found '\(line.prefix(40))'",
                                  fix: "fix the line or pass a CoNLL-2003 file")
            }
            guard tag == "O" || ((tag.hasPrefix("B-") || tag.hasPrefix("I-")) && tag.count > 2) else {
                throw ParleyError(.malformedInput, input: "\(file):\(n + 1)", problem: "tag '\(tag)' is not O, B-TYPE or I-TYPE",
                                  fix: "the last column must hold the entity tag")
            }
            words.append(String(f[0]))
            tags.append(String(tag))
        }
        flush()
        return out
    }

    /// Chunks of a tag sequence as (type, start, end); IOB1 and IOB2 both read
    /// as conlleval does: a chunk starts at B-, at I- after O, or at I- of another type.
    public static func chunks(_ tags: [String]) -> [(type: String, start: Int, end: Int)] {
        var out: [(String, Int, Int)] = []
        var current: (String, Int)?
        for (i, t) in tags.enumerated() {
            if t == "O" {
                if let c = current { out.append((c.0, c.1, i)); current = nil }
                continue
            }
            let type = String(t.dropFirst(2))
            let begins = t.hasPrefix("B-") || current == nil || current?.0 != type
            if begins {
                if let c = current { out.append((c.0, c.1, i)) }
                current = (type, i)
            }
        }
        if let c = current { out.append((c.0, c.1, tags.count)) }
        return out
    }

    /// Per-type and overall exact-match precision, recall and F1, as conlleval computes them.
    public static func score(gold: [[String]], system: [[String]]) -> (overall: Counts, byType: [String: Counts]) {
        var overall = Counts()
        var byType: [String: Counts] = [:]
        for (g, s) in zip(gold, system) {
            let gc = chunks(g), sc = chunks(s)
            let gset = Set(gc.map { "\($0.type)|\($0.start)|\($0.end)" })
            let sset = Set(sc.map { "\($0.type)|\($0.start)|\($0.end)" })
            for c in sc {
                let hit = gset.contains("\(c.type)|\(c.start)|\(c.end)")
                byType[c.type, default: Counts()] += Counts(truePositives: hit ? 1 : 0, falsePositives: hit ? 0 : 1)
                overall += Counts(truePositives: hit ? 1 : 0, falsePositives: hit ? 0 : 1)
            }
            for c in gc where !sset.contains("\(c.type)|\(c.start)|\(c.end)") {
                byType[c.type, default: Counts()] += Counts(falseNegatives: 1)
                overall += Counts(falseNegatives: 1)
            }
        }
        return (overall, byType)
    }
}
