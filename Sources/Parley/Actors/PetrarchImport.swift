/// Reads PETRARCH/Phoenix `.actors` dictionaries into Parley's dictionary format.
///
/// A record is a primary phrase (`JOHN_KERRY_ [USAGOV]`), synonyms on lines
/// starting with `+`, and date restrictions on indented lines
/// (`[USAGOV 130201-170120]`, `[USAELI <130201]`, `[USAELI >170120]`). A code's
/// first three letters are the country (a bare three-letter code is a country
/// itself), the next three the sector; IGO/NGO/MNC codes carry no country.
/// Six-digit dates take years 00–30 as 20xx, later ones as 19xx.
public enum PetrarchImport {
    /// The entries read, and one line for each record that could not be read.
    public static func read(_ text: String, file: String) -> (entries: [ActorDictionary.Entry], problems: [String]) {
        var entries: [ActorDictionary.Entry] = []
        var problems: [String] = []
        var name: String?
        var aliases: [String] = []
        var defaultCode: String?
        var restrictions: [(code: String, from: CalendarDate?, to: CalendarDate?)] = []

        func flush() {
            defer { name = nil; aliases = []; defaultCode = nil; restrictions = [] }
            guard let n = name else { return }
            var rows = restrictions
            if let d = defaultCode { rows.append((d, nil, nil)) }
            for r in rows {
                let (kind, country, sector) = decode(r.code)
                entries.append(ActorDictionary.Entry(name: n, aliases: aliases, kind: kind, country: country, sector: sector,
                                                     role: nil, from: r.from, to: r.to))
            }
        }

        for (k, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = String(raw)
            if let hash = line.firstIndex(of: "#") { line = String(line[..<hash]) }
            if let semi = line.firstIndex(of: ";") { line = String(line[..<semi]) }
            if line.contains("<!--") { continue }
            let indented = line.hasPrefix("\t") || line.hasPrefix(" ")
            let body = line.trimmingCharacters(in: .whitespaces)
            if body.isEmpty { continue }
            if body.hasPrefix("+") {
                guard name != nil else { problems.append("\(file):\(k + 1): a synonym before any actor; put it under its actor's line"); continue }
                aliases.append(phrase(String(body.dropFirst())))
                continue
            }
            if indented && body.hasPrefix("[") {
                guard name != nil else { problems.append("\(file):\(k + 1): a date restriction before any actor; put it under its actor's line"); continue }
                guard let r = restriction(body) else {
                    problems.append("\(file):\(k + 1): cannot read '\(body)'; write [CODE], [CODE YYMMDD-YYMMDD], [CODE <YYMMDD] or [CODE >YYMMDD]")
                    continue
                }
                restrictions.append(r)
                continue
            }
            flush()
            if let open = body.firstIndex(of: "[") {
                name = phrase(String(body[..<open]))
                guard let close = body.firstIndex(of: "]"), open < close else {
                    problems.append("\(file):\(k + 1): unclosed '[' in '\(body)'; close the code with ']'")
                    name = nil
                    continue
                }
                defaultCode = String(body[body.index(after: open)..<close]).trimmingCharacters(in: .whitespaces)
            } else {
                name = phrase(body)
            }
        }
        flush()
        return (entries, problems)
    }

    /// `JOHN_F._KERRY_` → `John F. Kerry`.
    static func phrase(_ s: String) -> String {
        s.split(whereSeparator: { $0 == "_" || $0 == " " }).map { w in
            let lower = w.lowercased()
            return lower.prefix(1).uppercased() + lower.dropFirst()
        }.joined(separator: " ")
    }

    static func restriction(_ body: String) -> (code: String, from: CalendarDate?, to: CalendarDate?)? {
        guard body.hasPrefix("["), let close = body.firstIndex(of: "]") else { return nil }
        let inner = body[body.index(after: body.startIndex)..<close].split(separator: " ")
        guard let code = inner.first else { return nil }
        guard inner.count > 1 else { return (String(code), nil, nil) }
        let spec = inner[1]
        if spec.hasPrefix("<") { return date(spec.dropFirst()).map { (String(code), nil, $0) } }
        if spec.hasPrefix(">") { return date(spec.dropFirst()).map { (String(code), $0, nil) } }
        let parts = spec.split(separator: "-")
        guard parts.count == 2, let a = date(parts[0]), let b = date(parts[1]) else { return nil }
        return (String(code), a, b)
    }

    static func date(_ s: Substring) -> CalendarDate? {
        guard s.allSatisfy(\.isNumber) else { return nil }
        let digits = Array(s).map { Int(String($0)) ?? 0 }
        func num(_ r: Range<Int>) -> Int { r.reduce(0) { $0 * 10 + digits[$1] } }
        switch digits.count {
        case 8: return CalendarDate(year: num(0..<4), month: num(4..<6), day: num(6..<8))
        case 6:
            let yy = num(0..<2)
            return CalendarDate(year: yy <= 30 ? 2000 + yy : 1900 + yy, month: num(2..<4), day: num(4..<6))
        default: return nil
        }
    }

    /// Kind, country and sector of a PETRARCH code.
    static func decode(_ code: String) -> (ActorKind, String?, String?) {
        let c = code.uppercased()
        if ["IGO", "NGO", "MNC", "IMG"].contains(where: c.hasPrefix) {
            let sector = c.count >= 6 ? String(c.dropFirst(3).prefix(3)) : String(c.prefix(3))
            return (.organization, nil, sector)
        }
        if c.count == 3 { return (.country, c, "GOV") }
        return (.person, String(c.prefix(3)), c.count >= 6 ? String(c.dropFirst(3).prefix(3)) : nil)
    }

    /// Entries in Parley's TSV format, one line each.
    public static func tsv(_ entries: [ActorDictionary.Entry]) -> String {
        entries.map { e in
            [e.name, e.aliases.isEmpty ? "-" : e.aliases.joined(separator: "|"), e.kind.rawValue, e.country ?? "-", e.sector ?? "-",
             e.role ?? "-", e.from?.iso ?? "-", e.to?.iso ?? "-"].joined(separator: "\t")
        }.joined(separator: "\n") + (entries.isEmpty ? "" : "\n")
    }
}
