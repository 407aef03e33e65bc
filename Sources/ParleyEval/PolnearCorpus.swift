import Foundation
import Parley

/// PolNeAR attributions in brat standoff: for each article, its text and the attributions
/// (source, cue and content spans) annotated on it.
public struct PolnearArticle: Sendable {
    public struct Attribution: Sendable {
        public var source: Range<Int>?
        public var sourceText: String?
        public var cue: Range<Int>?
        public var content: Range<Int>
        public var contentText: String
    }

    public var name: String
    public var text: String
    public var attributions: [Attribution]

    /// The attributions whose content is a direct quotation (it holds a quotation mark).
    public var directQuotes: [Attribution] {
        attributions.filter { a in a.contentText.unicodeScalars.contains { "\"\u{201C}\u{201D}".unicodeScalars.contains($0) } }
    }

    /// Reads `DIR/text/*.txt` and `DIR/attributions/*.ann` (an .ann file is named after its text with a suffix).
    public static func load(directory: String) throws(ParleyError) -> [PolnearArticle] {
        let fm = FileManager.default
        let textDir = directory + "/text", annDir = directory + "/attributions"
        guard let texts = try? fm.contentsOfDirectory(atPath: textDir), let anns = try? fm.contentsOfDirectory(atPath: annDir) else {
            throw ParleyError(.notFound, input: directory, problem: "has no text/ and attributions/ folders",
                              fix: "pass a PolNeAR split folder such as polnear/dev")
        }
        var out: [PolnearArticle] = []
        for t in texts.sorted() where t.hasSuffix(".txt") {
            let stem = String(t.dropLast(4))
            guard let ann = anns.first(where: { $0.hasPrefix(stem) && $0.hasSuffix(".ann") }) else { continue }
            let text = try ArticleText.read(path: textDir + "/" + t)
            guard let annText = try? String(contentsOfFile: annDir + "/" + ann, encoding: .utf8) else {
                throw ParleyError(.unreadable, input: annDir + "/" + ann, problem: "cannot be read as UTF-8", fix: "check the file")
            }
            out.append(PolnearArticle(name: stem, text: text, attributions: try parse(annText, file: annDir + "/" + ann, text: text)))
        }
        return out
    }

    /// Parses brat standoff: `T… Label start end\ttext` and `E… Attribution:T… Content:T… Cue:T… Source:T…`.
    static func parse(_ ann: String, file: String, text: String) throws(ParleyError) -> [Attribution] {
        let scalars = Array(text.unicodeScalars)
        var spans: [String: (String, Range<Int>)] = [:]
        var events: [[String: String]] = []
        // lines counted with the empty ones, so an error names the line an editor shows
        for (n, line) in ann.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            // an annotation line starts with an id such as T12 or E3; the rest of a span's text that ran over
            // a line break ("The number…") is no annotation
            guard let id = f.first, id.count >= 2, id.dropFirst().allSatisfy(\.isNumber) else { continue }
            if id.hasPrefix("T") {
                guard f.count >= 2 else {
                    throw ParleyError(.malformedInput, input: "\(file):\(n + 1)", problem: "a T line needs 'LABEL START END'", fix: "check the brat file")
                }
                let parts = f[1].split(separator: " ", maxSplits: 1)
                // discontinuous spans ("209 236;91 186") are read from their first start to their last end
                let numbers = parts.count == 2 ? parts[1].split(whereSeparator: { $0 == " " || $0 == ";" }).compactMap { Int($0) } : []
                guard numbers.count >= 2, let a = numbers.min(), let b = numbers.max(), b <= scalars.count else {
                    throw ParleyError(.malformedInput, input: "\(file):\(n + 1)", problem: "offsets missing or past the text's end", fix: "check the brat file against its text")
                }
                spans[String(id)] = (String(parts[0]), a..<b)
            } else if id.hasPrefix("E"), f.count >= 2 {
                var roles: [String: String] = [:]
                for p in f[1].split(separator: " ") {
                    let kv = p.split(separator: ":")
                    if kv.count == 2 { roles[String(kv[0])] = String(kv[1]) }
                }
                events.append(roles)
            }
        }
        func slice(_ r: Range<Int>) -> String { var v = String.UnicodeScalarView(); v.append(contentsOf: scalars[r]); return String(v) }
        return events.compactMap { roles in
            guard let c = roles["Content"].flatMap({ spans[$0] }) else { return nil }
            let s = roles["Source"].flatMap { spans[$0] }
            return Attribution(source: s?.1, sourceText: s.map { slice($0.1) }, cue: roles["Cue"].flatMap { spans[$0]?.1 },
                               content: c.1, contentText: slice(c.1))
        }
    }
}

/// Precision and recall measured in their own directions: system items that hit gold, gold items hit.
public struct HitRates: Sendable, Hashable {
    public var systemHits = 0, system = 0, goldHits = 0, gold = 0

    public var precision: Double { system == 0 ? 0 : Double(systemHits) / Double(system) }
    public var recall: Double { gold == 0 ? 0 : Double(goldHits) / Double(gold) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    public var scores: [String: Double] {
        ["precision": precision.rounded(to: 4), "recall": recall.rounded(to: 4), "f1": f1.rounded(to: 4)]
    }
}

/// Scores quotations: span F1 and quote-with-speaker F1. A gold quote is found when a system quote
/// covers at least half of it (the reported clause around a partial quote, PolNeAR's content); a system quote is right when at least half of it lies in a gold quote,
/// so a quotation the paper split around "he said" counts once for recall and twice for precision.
public struct QuoteScorer: Sendable {
    public var spans = HitRates()
    public var withSpeaker = HitRates()
    public var articles = 0
    /// Each gold quote found with the wrong speaker or none: article, gold source, system speaker, quotation (tab-separated).
    public var speakerErrors: [String] = []

    public init() {}

    static let pronouns: Set<String> = ["he", "she", "they", "i", "we", "it", "him", "her"]

    public mutating func add(_ article: PolnearArticle, _ doc: Document) {
        articles += 1
        let gold = article.directQuotes
        for g in gold {
            let hits = doc.quotes.filter { QuoteScorer.overlapsHalf(g.content, QuoteScorer.extent($0)) }
            if !hits.isEmpty { spans.goldHits += 1 }
            if hits.contains(where: { speakerMatches(g, $0, doc) }) {
                withSpeaker.goldHits += 1
            } else if let q = hits.first {
                let said = q.speaker.flatMap { id in doc.actors.first { $0.id == id }?.name } ?? q.source.map { doc.slice($0.start, $0.end) } ?? "-"
                let quote = g.contentText.count > 90 ? String(g.contentText.prefix(90)) + "…" : g.contentText
                speakerErrors.append("\(article.name)\t\(g.sourceText ?? "-")\t\(said)\t\(quote.replacingOccurrences(of: "\n", with: " "))")
            }
        }
        for q in doc.quotes {
            let hits = gold.filter { QuoteScorer.overlapsHalf(QuoteScorer.extent(q), $0.content) }
            if !hits.isEmpty { spans.systemHits += 1 }
            if hits.contains(where: { speakerMatches($0, q, doc) }) { withSpeaker.systemHits += 1 }
        }
        spans.gold += gold.count
        withSpeaker.gold += gold.count
        spans.system += doc.quotes.count
        withSpeaker.system += doc.quotes.count
    }

    /// What a quote credits its speaker with: the reported clause around a partial quote, else the quotation.
    static func extent(_ q: Quote) -> Range<Int> { q.content.map { $0.start..<$0.end } ?? q.start..<q.end }

    /// At least half of the first span is covered by the second.
    static func overlapsHalf(_ covered: Range<Int>, _ by: Range<Int>) -> Bool {
        let inter = max(0, min(covered.upperBound, by.upperBound) - max(covered.lowerBound, by.lowerBound))
        return covered.count > 0 && Double(inter) >= 0.5 * Double(covered.count)
    }

    /// The speaker is right when the words the system reads as the speaker overlap the gold source, when a
    /// mention of the system's speaker actor does, when the names share a capitalised word, or, for a pronoun
    /// source, when the same cue was used.
    func speakerMatches(_ g: PolnearArticle.Attribution, _ q: Quote, _ doc: Document) -> Bool {
        guard let src = g.source else { return false }
        // the words the system reads as the speaker are the gold source's ("a spokesman said"), as textacy is scored
        if let w = q.source, w.start < src.upperBound, src.lowerBound < w.end { return true }
        guard let speaker = q.speaker else { return false }
        for e in doc.entities where e.actor == speaker && e.start < src.upperBound && src.lowerBound < e.end { return true }
        let srcText = (g.sourceText ?? "").lowercased()
        if let actor = doc.actors.first(where: { $0.id == speaker }) {
            let nameWords = Set(actor.name.split(separator: " ").filter { $0.first?.isUppercase == true }.map { $0.lowercased() })
            let srcWords = Set((g.sourceText ?? "").split(separator: " ").filter { $0.first?.isUppercase == true }.map { $0.lowercased() })
            if !nameWords.isDisjoint(with: srcWords) { return true }
        }
        if QuoteScorer.pronouns.contains(srcText), let cue = g.cue {
            // "said in a recent interview" is read through its verb
            let cueWords = doc.slice(cue.lowerBound, cue.upperBound).lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" })
            guard let mine = q.cue?.lowercased() else { return false }
            return cueWords.contains { $0 == mine }
        }
        return false
    }

    public var json: [String: Any] {
        ["articles": articles, "quote": spans.scores, "quote_speaker": withSpeaker.scores, "gold": spans.gold, "system": spans.system]
    }
}
