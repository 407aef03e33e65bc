import Foundation

/// Rows of a query with named columns, written as an aligned table, CSV, JSON or JSON Lines.
public struct ResultTable: Sendable, Hashable {
    /// One value of a cell.
    public enum Cell: Sendable, Hashable {
        case text(String), int(Int), real(Double), null

        /// The value as table or CSV text.
        public var display: String {
            switch self {
            case .text(let s): return s
            case .int(let i): return String(i)
            case .real(let d): return String(format: "%.4f", d)
            case .null: return ""
            }
        }

        var json: Any {
            switch self {
            case .text(let s): return s
            case .int(let i): return i
            case .real(let d): return d
            case .null: return NSNull()
            }
        }
    }

    /// The output formats.
    public enum Format: String, Sendable, CaseIterable {
        case table, json, jsonl, csv
    }

    public var columns: [String]
    public var rows: [[Cell]]

    public init(columns: [String], rows: [[Cell]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// The rows in a format; `maxWidth` cuts long cells of an aligned table.
    public func render(_ format: Format, maxWidth: Int = 60) -> String {
        switch format {
        case .table: return aligned(maxWidth: maxWidth)
        case .csv: return ([ResultTable.csvLine(columns)] + rows.map { ResultTable.csvLine($0.map(\.display)) }).joined() 
        case .jsonl: return rows.map { jsonLine($0) + "\n" }.joined()
        case .json:
            let objects = rows.map { object($0) }
            let data = (try? JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("[]".utf8)
            return String(decoding: data, as: UTF8.self) + "\n"
        }
    }

    func object(_ row: [Cell]) -> [String: Any] {
        var o: [String: Any] = [:]
        for (c, v) in zip(columns, row) { o[c] = v.json }
        return o
    }

    /// One row as a compact JSON object, keys in column order.
    public func jsonLine(_ row: [Cell]) -> String {
        let parts = zip(columns, row).map { c, v -> String in
            let value: String
            switch v {
            case .text(let s): value = ResultTable.jsonString(s)
            case .int(let i): value = String(i)
            case .real(let d): value = d.isFinite ? "\(d)" : "null"
            case .null: value = "null"
            }
            return ResultTable.jsonString(c) + ":" + value
        }
        return "{" + parts.joined(separator: ",") + "}"
    }

    /// A JSON string literal.
    static func jsonString(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }

    /// One CSV record (RFC 4180), with its line break.
    public static func csvLine(_ fields: [String]) -> String {
        fields.map { f in
            f.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : f
        }.joined(separator: ",") + "\r\n"
    }

    private func aligned(maxWidth: Int) -> String {
        func cut(_ s: String) -> String {
            let flat = s.replacingOccurrences(of: "\n", with: " ")
            return flat.count > maxWidth ? String(flat.prefix(maxWidth - 1)) + "…" : flat
        }
        let cells = rows.map { $0.map { cut($0.display) } }
        var widths = columns.map(\.count)
        for r in cells { for (i, c) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], c.count) } }
        let numeric = columns.indices.map { i in !rows.isEmpty && rows.allSatisfy { r in
            if case .text = r[i] { return false }; return true } }
        func line(_ fields: [String]) -> String {
            fields.enumerated().map { i, f in
                let pad = String(repeating: " ", count: max(0, widths[i] - f.count))
                return numeric[i] ? pad + f : f + pad
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) + "\n"
        }
        var out = line(columns)
        out += line(widths.map { String(repeating: "-", count: $0) })
        for r in cells { out += line(r) }
        return out
    }
}
