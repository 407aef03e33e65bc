import Foundation
import Parley

/// A TimeML document: the plain text of its TEXT element, its creation time, and its TIMEX3s.
public struct TimeMLDocument: Sendable {
    public struct Timex: Sendable, Hashable {
        public var start: Int
        public var end: Int
        public var type: String
        public var value: String?
    }

    public var name: String
    public var dct: String?
    /// The text inside TEXT with every tag taken out and entities decoded.
    public var text: String
    public var timexes: [Timex]
    /// The whole file, for writing an annotated copy.
    public var source: String

    /// Reads a .tml file; malformed markup names the file and line.
    public static func read(path: String) throws(ParleyError) -> TimeMLDocument {
        let source = try ArticleText.read(path: path)
        return try parse(source, name: URL(fileURLWithPath: path).lastPathComponent, file: path)
    }

    public static func parse(_ source: String, name: String, file: String) throws(ParleyError) -> TimeMLDocument {
        let s = Array(source.unicodeScalars)
        func line(_ i: Int) -> Int { s[0..<min(i, s.count)].filter { $0 == "\n" }.count + 1 }
        func bad(_ i: Int, _ problem: String) -> ParleyError {
            ParleyError(.malformedInput, input: "\(file):\(line(i))", problem: problem, fix: "check the TimeML markup")
        }
        func find(_ pattern: String, from: Int) -> Int? {
            let p = Array(pattern.unicodeScalars)
            guard p.count <= s.count else { return nil }
            var i = from
            while i + p.count <= s.count {
                if s[i] == p[0] && Array(s[i..<(i + p.count)]) == p { return i }
                i += 1
            }
            return nil
        }
        var dct: String?
        if let d = find("<DCT>", from: 0), let e = find("</DCT>", from: d) {
            let inner = String(String.UnicodeScalarView(s[d..<e]))
            dct = attribute("value", in: inner).map { String($0.prefix(10)) }
        }
        guard let open = find("<TEXT>", from: 0) else { throw bad(0, "has no <TEXT> element") }
        guard let close = find("</TEXT>", from: open) else { throw bad(open, "<TEXT> is never closed") }
        var text = String.UnicodeScalarView()
        var timexes: [Timex] = []
        var openTimex: (start: Int, type: String, value: String?)?
        var i = open + 6
        var count = 0
        while i < close {
            let c = s[i]
            if c == "<" {
                guard let end = s[i..<close].firstIndex(of: ">") else { throw bad(i, "a tag is never closed with '>'") }
                let tag = String(String.UnicodeScalarView(s[(i + 1)..<end]))
                if tag.hasPrefix("TIMEX3") {
                    guard openTimex == nil else { throw bad(i, "a TIMEX3 opens inside another") }
                    openTimex = (count, attribute("type", in: tag) ?? "DATE", attribute("value", in: tag))
                } else if tag.hasPrefix("/TIMEX3") {
                    guard let o = openTimex else { throw bad(i, "</TIMEX3> closes nothing") }
                    timexes.append(Timex(start: o.start, end: count, type: o.type, value: o.value))
                    openTimex = nil
                }
                i = end + 1
                continue
            }
            if c == "&", let semi = s[i..<min(close, i + 8)].firstIndex(of: ";") {
                let entity = String(String.UnicodeScalarView(s[(i + 1)..<semi]))
                let decoded: Unicode.Scalar? = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"][entity]
                if let d = decoded { text.append(d); count += 1; i = semi + 1; continue }
            }
            text.append(c)
            count += 1
            i += 1
        }
        if openTimex != nil { throw bad(close, "a TIMEX3 is still open at </TEXT>") }
        return TimeMLDocument(name: name, dct: dct, text: String(text), timexes: timexes, source: source)
    }

    static func attribute(_ name: String, in tag: String) -> String? {
        guard let r = tag.range(of: name + "=\"") else { return nil }
        let rest = tag[r.upperBound...]
        guard let q = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<q])
    }

    /// The document with the system's TIMEX3s in place of the gold ones.
    public func annotated(with times: [TimeExpression]) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = ""
        var pos = 0
        func escape(_ r: Range<Int>) -> String {
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[r])
            return String(v).replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        }
        for (k, t) in times.enumerated() where t.start >= pos && t.end <= scalars.count {
            out += escape(pos..<t.start)
            let value = t.value.map { " value=\"\($0)\"" } ?? ""
            let mod = t.mod.map { " mod=\"\($0)\"" } ?? ""
            out += "<TIMEX3 tid=\"t\(k + 1)\" type=\"\(t.type.rawValue)\"\(value)\(mod)>" + escape(t.start..<t.end) + "</TIMEX3>"
            pos = t.end
        }
        out += escape(pos..<scalars.count)
        guard let a = source.range(of: "<TEXT>"), let b = source.range(of: "</TEXT>") else { return source }
        return String(source[..<a.upperBound]) + out + String(source[b.lowerBound...])
    }
}

/// TempEval-3's measures: strict and relaxed extent P/R/F1, type and value accuracy on the
/// relaxed matches, and type and value F1 (relaxed F1 times the accuracy).
public struct TimexScorer: Sendable {
    public var system = 0, gold = 0, strict = 0, relaxedSystem = 0, relaxedGold = 0, typeOK = 0, valueOK = 0, matched = 0
    public var documents = 0

    public init() {}

    /// Adds one document's system and gold expressions.
    public mutating func add(system sys: [TimeExpression], gold: [TimeMLDocument.Timex]) {
        documents += 1
        system += sys.count
        self.gold += gold.count
        strict += sys.filter { s in gold.contains { $0.start == s.start && $0.end == s.end } }.count
        relaxedSystem += sys.filter { s in gold.contains { $0.start < s.end && s.start < $0.end } }.count
        relaxedGold += gold.filter { g in sys.contains { g.start < $0.end && $0.start < g.end } }.count
        // one-to-one pairs for the attributes: each gold with its first overlapping system expression
        var used = Set<Int>()
        for g in gold {
            guard let k = sys.indices.first(where: { !used.contains($0) && g.start < sys[$0].end && sys[$0].start < g.end }) else { continue }
            used.insert(k)
            matched += 1
            if sys[k].type.rawValue == g.type { typeOK += 1 }
            if sys[k].value == g.value { valueOK += 1 }
        }
    }

    static func f(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }
    func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }

    public var strictScores: (p: Double, r: Double, f1: Double) {
        let p = ratio(strict, system), r = ratio(strict, gold)
        return (p, r, TimexScorer.f(p, r))
    }
    public var relaxedScores: (p: Double, r: Double, f1: Double) {
        let p = ratio(relaxedSystem, system), r = ratio(relaxedGold, gold)
        return (p, r, TimexScorer.f(p, r))
    }
    public var typeAccuracy: Double { ratio(typeOK, matched) }
    public var valueAccuracy: Double { ratio(valueOK, matched) }

    public var json: [String: Any] {
        let s = strictScores, r = relaxedScores
        return [
            "documents": documents, "gold": gold, "system": system,
            "strict": ["precision": s.p.rounded(to: 4), "recall": s.r.rounded(to: 4), "f1": s.f1.rounded(to: 4)],
            "relaxed": ["precision": r.p.rounded(to: 4), "recall": r.r.rounded(to: 4), "f1": r.f1.rounded(to: 4)],
            "type": ["accuracy": typeAccuracy.rounded(to: 4), "f1": (r.f1 * typeAccuracy).rounded(to: 4)],
            "value": ["accuracy": valueAccuracy.rounded(to: 4), "f1": (r.f1 * valueAccuracy).rounded(to: 4)],
        ]
    }

    public var table: String {
        let s = strictScores, r = relaxedScores
        return String(format: """
            documents %d; gold %d, system %d
            strict   P %.4f  R %.4f  F1 %.4f
            relaxed  P %.4f  R %.4f  F1 %.4f
            type     accuracy %.4f  F1 %.4f
            value    accuracy %.4f  F1 %.4f
            """, documents, gold, system, s.p, s.r, s.f1, r.p, r.r, r.f1, typeAccuracy, r.f1 * typeAccuracy, valueAccuracy, r.f1 * valueAccuracy)
    }
}
