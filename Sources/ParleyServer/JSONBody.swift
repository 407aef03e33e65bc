import Foundation
import Hummingbird
import ParleyStore

/// Writes JSON responses: encoded values, pages of query rows, and JSON text built elsewhere.
enum JSONBody {
    static let contentType = "application/json; charset=utf-8"

    /// An `Encodable` value as a response.
    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        guard let data = try? encoder.encode(value) else {
            return raw(#"{"error":"the response could not be written as JSON; please report this"}"#, status: .internalServerError)
        }
        return Response(status: status, headers: [.contentType: contentType], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// JSON bytes (as the response cache keeps them) as a response.
    static func bytes(_ body: ByteBuffer) -> Response {
        Response(status: .ok, headers: [.contentType: contentType], body: .init(byteBuffer: body))
    }

    /// JSON text as a response.
    static func raw(_ json: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: contentType], body: .init(byteBuffer: ByteBuffer(string: json)))
    }

    /// The rows of a query as a JSON array of objects, keys in column order.
    ///
    /// Written byte by byte into one buffer: the list routes spend most of their time here.
    static func array(_ table: ResultTable) -> String {
        let keys = table.columns.map { Array(string($0).utf8) }
        var out: [UInt8] = []
        out.reserveCapacity(256 * table.rows.count + 2)
        out.append(UInt8(ascii: "["))
        for (r, row) in table.rows.enumerated() {
            if r > 0 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "{"))
            for (i, cell) in row.enumerated() where i < keys.count {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                out += keys[i]
                out.append(UInt8(ascii: ":"))
                switch cell {
                case .text(let s): appendString(s, to: &out)
                case .int(let n): out += Array(String(n).utf8)
                case .real(let d): out += Array((d.isFinite ? "\(d)" : "null").utf8)
                case .null: out += Array("null".utf8)
                }
            }
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "]"))
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends a JSON string literal: UTF-8 as is, with quotes, backslashes and control characters escaped.
    static func appendString(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        let hex = Array("0123456789abcdef".utf8)
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case UInt8(ascii: "\n"): out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case UInt8(ascii: "\r"): out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case UInt8(ascii: "\t"): out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0..<0x20: out += [UInt8(ascii: "\\"), UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]]
            default: out.append(b)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// One page of rows: `{"total": …, "limit": …, "offset": …, "items": [...]}`.
    static func page(_ table: ResultTable, total: Int, limit: Int, offset: Int) -> String {
        (#"{"total":\#(total),"limit":\#(limit),"offset":\#(offset),"items":\#(array(table))}"#)
    }

    /// A JSON string literal.
    static func string(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 2)
        appendString(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
