
/// Writes a document's JSON (the contract in DESIGN.md, without the text) straight from its fields.
///
/// The bytes are those of Foundation's `JSONEncoder` with sorted keys and unescaped slashes over the
/// model's `Encodable` conformance (compact, nil written as null except for the fields the model leaves
/// out when absent); it skips the `Encodable` machinery, which cost as much CPU per article as the
/// pipeline itself during ingest. DocumentJSONTests compares the two on many documents, so a field
/// added to the model without being added here fails the tests.
enum DocumentJSON {
    /// The document JSON as UTF-8 bytes; throws for a number JSON cannot hold (NaN, infinity).
    static func bytes(_ doc: Document) throws(ParleyError) -> [UInt8] {
        var w = Writer()
        w.out.reserveCapacity(1024 + doc.text.utf8.count * 8)
        w.raw("{\"actors\":[")
        w.array(doc.actors) { w, a in
            w.raw("{\"country\":"); w.string(a.country)
            w.raw(",\"id\":"); w.string(a.id)
            w.raw(",\"kind\":"); w.string(a.kind.rawValue)
            w.raw(",\"mentions\":"); w.int(a.mentions)
            w.raw(",\"name\":"); w.string(a.name)
            w.raw(",\"roles\":"); w.strings(a.roles)
            w.raw(",\"sector\":"); w.string(a.sector)
            w.raw("}")
        }
        let info = doc.info
        w.raw("],\"document\":{\"id\":"); w.string(info.id)
        w.raw(",\"published\":"); w.string(info.published)
        w.raw(",\"source\":"); w.string(info.source)
        w.raw(",\"title\":"); w.string(info.title)
        if let url = info.url { w.raw(",\"url\":"); w.string(url) }
        w.raw("},\"entities\":[")
        w.array(doc.entities) { w, e in
            w.raw("{\"actor\":"); w.string(e.actor)
            w.raw(",\"end\":"); w.int(e.end)
            if let place = e.place { w.raw(",\"place\":"); w.string(place) }
            w.raw(",\"start\":"); w.int(e.start)
            w.raw(",\"text\":"); w.string(e.text)
            w.raw(",\"type\":"); w.string(e.type.rawValue)
            w.raw("}")
        }
        w.raw("],\"events\":[")
        w.array(doc.events) { w, e in
            w.raw("{\"cameo\":"); w.string(e.cameo)
            w.raw(",\"confidence\":"); w.number(e.confidence)
            w.raw(",\"date\":"); w.string(e.date)
            w.raw(",\"evidence\":[")
            w.array(e.evidence) { w, s in w.span(s) }
            w.raw("],\"id\":"); w.string(e.id)
            w.raw(",\"mode\":"); w.string(e.mode)
            w.raw(",\"place\":"); w.string(e.place)
            w.raw(",\"quad\":"); w.int(e.quad)
            w.raw(",\"sentence\":"); w.int(e.sentence)
            w.raw(",\"source\":"); w.strings(e.source)
            w.raw(",\"status\":"); w.string(e.status.rawValue)
            w.raw(",\"target\":"); w.strings(e.target)
            w.raw(",\"topics\":"); w.strings(e.topics)
            w.raw(",\"trigger\":"); w.span(e.trigger)
            w.raw(",\"type\":"); w.string(e.type)
            w.raw("}")
        }
        w.raw("],\"places\":[")
        w.array(doc.places) { w, p in
            w.raw("{\"country\":"); w.string(p.country)
            w.raw(",\"end\":"); w.int(p.end)
            if let g = p.geonameid { w.raw(",\"geonameid\":"); w.int(g) }
            w.raw(",\"id\":"); w.string(p.id)
            w.raw(",\"kind\":"); w.string(p.kind)
            w.raw(",\"lat\":"); w.number(p.lat)
            w.raw(",\"lon\":"); w.number(p.lon)
            w.raw(p.metonym ? ",\"metonym\":true" : ",\"metonym\":false")
            w.raw(",\"name\":"); w.string(p.name)
            w.raw(",\"start\":"); w.int(p.start)
            w.raw(",\"text\":"); w.string(p.text)
            w.raw("}")
        }
        w.raw("],\"quotes\":[")
        w.array(doc.quotes) { w, q in
            w.raw("{")
            if let content = q.content { w.raw("\"content\":"); w.span(content); w.comma() }
            if let cue = q.cue { w.raw("\"cue\":"); w.string(cue); w.comma() }
            w.raw("\"end\":"); w.int(q.end)
            if let source = q.source { w.raw(",\"source\":"); w.span(source) }
            w.raw(",\"speaker\":"); w.string(q.speaker)
            w.raw(",\"start\":"); w.int(q.start)
            w.raw(",\"text\":"); w.string(q.text)
            w.raw("}")
        }
        w.raw("],\"sentences\":[")
        w.array(doc.sentences) { w, s in
            w.raw("{\"end\":"); w.int(s.end)
            w.raw(",\"start\":"); w.int(s.start)
            w.raw("}")
        }
        w.raw("],\"times\":[")
        w.array(doc.times) { w, t in
            w.raw("{\"end\":"); w.int(t.end)
            if let mod = t.mod { w.raw(",\"mod\":"); w.string(mod) }
            w.raw(",\"start\":"); w.int(t.start)
            w.raw(",\"text\":"); w.string(t.text)
            w.raw(",\"type\":"); w.string(t.type.rawValue)
            w.raw(",\"value\":"); w.string(t.value)
            w.raw("}")
        }
        w.raw("]}")
        if let bad = w.badNumber {
            throw ParleyError(.malformedInput, input: info.id, problem: "cannot be written as JSON (a number is \(bad))",
                              fix: "please report this with the article")
        }
        return w.out
    }

    /// Appends JSON pieces to a byte buffer.
    struct Writer {
        var out: [UInt8] = []
        /// The first number JSON cannot hold, if any.
        var badNumber: Double?

        mutating func raw(_ s: StaticString) {
            s.withUTF8Buffer { out.append(contentsOf: $0) }
        }

        mutating func comma() { out.append(UInt8(ascii: ",")) }

        mutating func int(_ v: Int) {
            if v >= 0 && v < 10 { out.append(UInt8(ascii: "0") + UInt8(v)); return }
            out.append(contentsOf: String(v).utf8)
        }

        /// A whole number as an integer, any other in its shortest form that reads back the same.
        mutating func number(_ d: Double) {
            guard d.isFinite else {
                if badNumber == nil { badNumber = d }
                raw("null")
                return
            }
            if d == d.rounded(), abs(d) < 1e15 {
                out.append(contentsOf: String(Int64(d)).utf8)
            } else {
                out.append(contentsOf: d.description.utf8)
            }
        }

        mutating func string(_ s: String?) {
            guard let s else { raw("null"); return }
            string(s)
        }

        /// A JSON string: quotes, backslashes and control characters escaped, everything else as UTF-8.
        mutating func string(_ s: String) {
            out.append(UInt8(ascii: "\""))
            var s = s
            s.withUTF8 { bytes in
                var start = 0
                for (i, b) in bytes.enumerated() where b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                    start = i + 1
                    out.append(UInt8(ascii: "\\"))
                    switch b {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(b)
                    case 0x0A: out.append(UInt8(ascii: "n"))
                    case 0x0D: out.append(UInt8(ascii: "r"))
                    case 0x09: out.append(UInt8(ascii: "t"))
                    case 0x08: out.append(UInt8(ascii: "b"))
                    case 0x0C: out.append(UInt8(ascii: "f"))
                    default:
                        let hex: StaticString = "0123456789abcdef"
                        out.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                                hex.utf8Start[Int(b >> 4)], hex.utf8Start[Int(b & 0xF)]])
                    }
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
            }
            out.append(UInt8(ascii: "\""))
        }

        /// The items of a list, each written by `item`, separated by commas (the brackets are the caller's).
        mutating func array<T>(_ list: [T], _ item: (inout Writer, T) -> Void) {
            for (i, x) in list.enumerated() {
                if i > 0 { comma() }
                item(&self, x)
            }
        }

        mutating func strings(_ list: [String]) {
            out.append(UInt8(ascii: "["))
            array(list) { w, s in w.string(s) }
            out.append(UInt8(ascii: "]"))
        }

        mutating func span(_ s: Span) {
            raw("{\"end\":"); int(s.end)
            raw(",\"start\":"); int(s.start)
            raw(",\"text\":"); string(s.text)
            raw("}")
        }
    }
}
