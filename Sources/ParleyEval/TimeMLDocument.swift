import Parley

/// A TimeML (`.tml`) document: its creation time, the plain text of its
/// `<TEXT>` element and the gold TIMEX3 spans in that text.
public struct TimeMLDocument: Sendable, Hashable {
    /// One gold TIMEX3 of the text, with scalar offsets into ``TimeMLDocument/text``.
    public struct Timex: Sendable, Hashable {
        public var start: Int
        public var end: Int
        public var type: String
        public var value: String
        public var mod: String?

        public init(start: Int, end: Int, type: String, value: String, mod: String? = nil) {
            self.start = start
            self.end = end
            self.type = type
            self.value = value
            self.mod = mod
        }
    }

    /// The file the document came from (for messages).
    public var name: String
    /// The document creation time's value (`1998-08-07`), the published date of the run.
    public var creationTime: String?
    /// The text inside `<TEXT>`, tags removed and entities decoded.
    public var text: String
    /// Gold TIMEX3s inside `<TEXT>`.
    public var timexes: [Timex]
    /// The source up to and including `<TEXT>`, kept for writing annotated copies.
    public var head: String

    /// Parses a TimeML source; a malformed one throws a ``ParleyError`` naming the file and line.
    public init(source: String, name: String) throws {
        self.name = name
        var reader = TimeMLReader(source: source, name: name)
        let parsed = try reader.parse()
        creationTime = parsed.creationTime
        text = parsed.text
        timexes = parsed.timexes
        head = parsed.head
    }

    /// The creation time as a `YYYY-MM-DD` day, when it names one.
    public var publishedDay: String? {
        guard let dct = creationTime, dct.unicodeScalars.count >= 10 else { return nil }
        let day = String(String.UnicodeScalarView(dct.unicodeScalars.prefix(10)))
        return CalendarDate(iso: day) == nil ? nil : day
    }
}

/// A small scanner for the TimeML subset TempEval-3 uses: tags with quoted
/// attributes, the five XML entities and numeric character references.
struct TimeMLReader {
    struct Result {
        var creationTime: String?
        var text: String
        var timexes: [TimeMLDocument.Timex]
        var head: String
    }

    let s: [Unicode.Scalar]
    let name: String
    var i = 0
    var line = 1

    init(source: String, name: String) {
        s = Array(source.unicodeScalars)
        self.name = name
    }

    func error(_ problem: String, line: Int? = nil) -> ParleyError {
        ParleyError(.malformedInput, input: "\(name):\(line ?? self.line)", problem: problem,
                    fix: "check that the file is TimeML with one <TEXT> element and balanced TIMEX3 tags")
    }

    /// A tag: its name (with a leading "/" for a closing tag) and attributes.
    struct Tag {
        var name: String
        var attributes: [String: String]
        var selfClosing: Bool
    }

    mutating func advance() {
        if s[i] == "\n" { line += 1 }
        i += 1
    }

    /// Reads a tag starting at `<`; `i` ends after `>`.
    mutating func readTag() throws -> Tag {
        let startLine = line
        advance()  // <
        if i < s.count, s[i] == "?" || s[i] == "!" {
            // a declaration or comment: skip to the next ">"
            while i < s.count && s[i] != ">" { advance() }
            guard i < s.count else { throw error("an unclosed declaration", line: startLine) }
            advance()
            return Tag(name: "!", attributes: [:], selfClosing: true)
        }
        var name = ""
        while i < s.count, !isSpace(s[i]), s[i] != ">", s[i] != "/" || name.isEmpty {
            name.unicodeScalars.append(s[i]); advance()
        }
        var attributes: [String: String] = [:]
        var selfClosing = false
        while true {
            while i < s.count && isSpace(s[i]) { advance() }
            guard i < s.count else { throw error("the tag <\(name) is not closed", line: startLine) }
            if s[i] == ">" { advance(); break }
            if s[i] == "/" { selfClosing = true; advance(); continue }
            var key = ""
            while i < s.count, s[i] != "=", s[i] != ">", !isSpace(s[i]) { key.unicodeScalars.append(s[i]); advance() }
            guard i < s.count, s[i] == "=" else { throw error("attribute '\(key)' of <\(name)> has no value", line: startLine) }
            advance()
            guard i < s.count, s[i] == "\"" || s[i] == "'" else {
                throw error("attribute '\(key)' of <\(name)> is not quoted", line: startLine)
            }
            let quote = s[i]
            advance()
            var raw = ""
            while i < s.count && s[i] != quote { raw.unicodeScalars.append(s[i]); advance() }
            guard i < s.count else { throw error("attribute '\(key)' of <\(name)> is not closed", line: startLine) }
            advance()
            attributes[key] = decode(raw)
        }
        return Tag(name: name, attributes: attributes, selfClosing: selfClosing)
    }

    /// Decodes an entity at `&`; `i` ends after it. Unknown ones are kept as written.
    mutating func readEntity() -> String {
        var j = i + 1
        var body = ""
        while j < s.count, j - i <= 10, s[j] != ";", !isSpace(s[j]) { body.unicodeScalars.append(s[j]); j += 1 }
        guard j < s.count, s[j] == ";" else { advance(); return "&" }
        let decoded: String?
        switch body {
        case "amp": decoded = "&"
        case "lt": decoded = "<"
        case "gt": decoded = ">"
        case "quot": decoded = "\""
        case "apos": decoded = "'"
        default:
            if body.hasPrefix("#x"), let v = UInt32(body.dropFirst(2), radix: 16), let u = Unicode.Scalar(v) {
                decoded = String(u)
            } else if body.hasPrefix("#"), let v = UInt32(body.dropFirst()), let u = Unicode.Scalar(v) {
                decoded = String(u)
            } else {
                decoded = nil
            }
        }
        guard let decoded else { advance(); return "&" }
        i = j + 1
        return decoded
    }

    func decode(_ raw: String) -> String {
        guard raw.contains("&") else { return raw }
        var sub = TimeMLReader(source: raw, name: name)
        var out = ""
        while sub.i < sub.s.count {
            if sub.s[sub.i] == "&" { out += sub.readEntity() } else { out.unicodeScalars.append(sub.s[sub.i]); sub.i += 1 }
        }
        return out
    }

    func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\n" || c == "\t" || c == "\r" }

    mutating func parse() throws -> Result {
        var creationTime: String?
        var inDCT = false
        var head = String.UnicodeScalarView()
        // Everything before <TEXT>: only the DCT matters.
        var foundText = false
        while i < s.count {
            if s[i] == "<" {
                let tagStart = i
                let tag = try readTag()
                head.append(contentsOf: s[tagStart..<i])
                switch tag.name {
                case "DCT": inDCT = true
                case "/DCT": inDCT = false
                case "TIMEX3":
                    if inDCT || tag.attributes["functionInDocument"] == "CREATION_TIME" {
                        creationTime = creationTime ?? tag.attributes["value"]
                    }
                case "TEXT": foundText = true
                default: break
                }
                if foundText { break }
            } else {
                head.append(s[i])
                advance()
            }
        }
        guard foundText else { throw error("no <TEXT> element") }
        var text = String.UnicodeScalarView()
        var count = 0
        var timexes: [TimeMLDocument.Timex] = []
        var open: (start: Int, tag: Tag, line: Int)?
        var closed = false
        while i < s.count {
            let c = s[i]
            if c == "<" {
                let tagLine = line
                let tag = try readTag()
                switch tag.name {
                case "TIMEX3":
                    if let open { throw error("a TIMEX3 opens inside the TIMEX3 of line \(open.line)", line: tagLine) }
                    if tag.selfClosing { continue }  // an empty (non-consuming) TIMEX3 has no extent
                    open = (count, tag, tagLine)
                case "/TIMEX3":
                    guard let o = open else { throw error("</TIMEX3> without an opening tag", line: tagLine) }
                    guard let type = o.tag.attributes["type"] else { throw error("a TIMEX3 without a type", line: o.line) }
                    timexes.append(.init(start: o.start, end: count, type: type, value: o.tag.attributes["value"] ?? "",
                                         mod: o.tag.attributes["mod"]))
                    open = nil
                case "/TEXT":
                    closed = true
                default:
                    break
                }
                if closed { break }
            } else if c == "&" {
                let d = readEntity()
                text.append(contentsOf: d.unicodeScalars)
                count += d.unicodeScalars.count
            } else {
                text.append(c)
                count += 1
                advance()
            }
        }
        if let open { throw error("the TIMEX3 is not closed", line: open.line) }
        guard closed else { throw error("<TEXT> is not closed") }
        return Result(creationTime: creationTime, text: String(text), timexes: timexes, head: String(head))
    }
}
