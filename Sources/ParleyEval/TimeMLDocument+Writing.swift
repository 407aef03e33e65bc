import Parley

extension TimeMLDocument {
    /// The document with the given times as its TIMEX3 tags (tids t1, t2, …) and
    /// the rest of `<TEXT>` as plain text, for the official TempEval-3 scorer.
    /// The head (DOCID, DCT, TITLE…) is kept as it was.
    public func annotated(with times: [TimeExpression]) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = head
        var at = 0
        var tid = 0
        func escaped(_ lo: Int, _ hi: Int) -> String {
            var piece = ""
            for c in scalars[lo..<hi] {
                switch c {
                case "&": piece += "&amp;"
                case "<": piece += "&lt;"
                case ">": piece += "&gt;"
                default: piece.unicodeScalars.append(c)
                }
            }
            return piece
        }
        for t in times.sorted(by: { $0.start < $1.start }) where t.start >= at && t.end <= scalars.count && t.start < t.end {
            out += escaped(at, t.start)
            tid += 1
            var attributes = "tid=\"t\(tid)\" type=\"\(t.type.rawValue)\" value=\"\(attributeEscaped(t.value ?? ""))\""
            if let mod = t.mod { attributes += " mod=\"\(attributeEscaped(mod))\"" }
            out += "<TIMEX3 \(attributes)>" + escaped(t.start, t.end) + "</TIMEX3>"
            at = t.end
        }
        out += escaped(at, scalars.count)
        out += "</TEXT>\n\n</TimeML>\n"
        return out
    }

    private func attributeEscaped(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;")
    }
}
