import Foundation
import Parley

/// The LGL geoparsing corpus: articles with their toponyms and the coordinates of each.
public struct LGLArticle: Sendable {
    public struct Toponym: Sendable {
        public var start: Int
        public var end: Int
        public var phrase: String
        public var lat: Double?
        public var lon: Double?
    }

    public var id: String
    public var text: String
    public var toponyms: [Toponym]

    /// Reads the LGL XML file; malformed markup names the line.
    public static func load(path: String) throws(ParleyError) -> [LGLArticle] {
        let xml = try ArticleText.read(path: path)
        return try parse(xml, file: path)
    }

    public static func parse(_ xml: String, file: String) throws(ParleyError) -> [LGLArticle] {
        var out: [LGLArticle] = []
        var rest = xml[...]
        func line(_ i: Substring.Index) -> Int { xml[..<i].reduce(0) { $0 + ($1 == "\n" ? 1 : 0) } + 1 }
        func inner(_ s: Substring, _ tag: String) -> Substring? {
            guard let a = s.range(of: "<\(tag)"), let gt = s[a.upperBound...].firstIndex(of: ">"),
                  let b = s[gt...].range(of: "</\(tag)>") else { return nil }
            return s[s.index(after: gt)..<b.lowerBound]
        }
        while let a = rest.range(of: "<article ") ?? rest.range(of: "<article>") {
            guard let b = rest[a.upperBound...].range(of: "</article>") else {
                throw ParleyError(.malformedInput, input: "\(file):\(line(a.lowerBound))", problem: "an <article> is never closed", fix: "check the XML")
            }
            let body = rest[a.lowerBound..<b.upperBound]
            let id = body.range(of: "docid=\"").flatMap { r in body[r.upperBound...].firstIndex(of: "\"").map { String(body[r.upperBound..<$0]) } } ?? "\(out.count)"
            guard var text = inner(body, "text") else {
                throw ParleyError(.malformedInput, input: "\(file):\(line(a.lowerBound))", problem: "an article has no <text>", fix: "check the XML")
            }
            if text.hasPrefix("<![CDATA["), text.hasSuffix("]]>") { text = text.dropFirst(9).dropLast(3) }
            var toponyms: [Toponym] = []
            var tp = inner(body, "toponyms") ?? ""
            while let t = tp.range(of: "<toponym>"), let e = tp[t.upperBound...].range(of: "</toponym>") {
                let one = tp[t.upperBound..<e.lowerBound]
                if let s = inner(one, "start").flatMap({ Int($0) }), let en = inner(one, "end").flatMap({ Int($0) }) {
                    toponyms.append(Toponym(start: s, end: en, phrase: String(inner(one, "phrase") ?? ""),
                                            lat: inner(one, "lat").flatMap { Double($0) }, lon: inner(one, "lon").flatMap { Double($0) }))
                }
                tp = tp[e.upperBound...]
            }
            out.append(LGLArticle(id: id, text: decode(String(text)), toponyms: toponyms))
            rest = rest[b.upperBound...]
        }
        return out
    }

    static func decode(_ s: String) -> String {
        guard s.contains("&") else { return s }
        return s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }
}

/// Geocoding accuracy: within 161 km, mean and median error, and the area under the log-error curve.
public struct GeoScorer: Sendable {
    public var errors: [Double] = []
    public var unresolved = 0
    public var detection = Counts()

    public init() {}

    /// Share of errors within 161 km (100 miles), counting unresolved toponyms as misses.
    public var accuracy161: Double {
        let n = errors.count + unresolved
        return n == 0 ? 0 : Double(errors.filter { $0 <= 161 }.count) / Double(n)
    }

    /// Mean of ln(1 + error) / ln(20039): 0 is perfect, 1 the far side of the Earth; unresolved count as 1.
    public var auc: Double {
        let n = errors.count + unresolved
        guard n > 0 else { return 0 }
        let s = errors.reduce(0) { $0 + log(1 + $1) / log(20039) } + Double(unresolved)
        return s / Double(n)
    }

    public var meanError: Double { errors.isEmpty ? 0 : errors.reduce(0, +) / Double(errors.count) }
    public var medianError: Double {
        guard !errors.isEmpty else { return 0 }
        let s = errors.sorted()
        return s[s.count / 2]
    }

    public var json: [String: Any] {
        ["accuracy_161km": accuracy161.rounded(to: 4), "auc": auc.rounded(to: 4), "mean_error_km": meanError.rounded(to: 1),
         "median_error_km": medianError.rounded(to: 1), "toponyms": errors.count + unresolved, "unresolved": unresolved]
    }
}
