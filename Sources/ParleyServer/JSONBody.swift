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

    /// JSON text as a response.
    static func raw(_ json: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: contentType], body: .init(byteBuffer: ByteBuffer(string: json)))
    }

    /// The rows of a query as a JSON array of objects, keys in column order.
    static func array(_ table: ResultTable) -> String {
        "[" + table.rows.map(table.jsonLine).joined(separator: ",") + "]"
    }

    /// One page of rows: `{"total": …, "limit": …, "offset": …, "items": [...]}`.
    static func page(_ table: ResultTable, total: Int, limit: Int, offset: Int) -> Response {
        raw(#"{"total":\#(total),"limit":\#(limit),"offset":\#(offset),"items":\#(array(table))}"#)
    }

    /// A JSON string literal.
    static func string(_ s: String) -> String {
        let data = (try? JSONEncoder().encode(s)) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
