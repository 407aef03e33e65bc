import Parley
import ParleyStore

/// The network's edges with the quad class of their commonest event type, which the page colours them by.
enum NetworkEdges {
    /// `parley network` rows plus a `quad` column (1 verbal cooperation … 4 material conflict).
    static func withQuad(_ table: ResultTable) -> ResultTable {
        var out = ResultTable(columns: table.columns + ["quad"])
        let byType = table.columns.firstIndex(of: "by_type")
        out.rows = table.rows.map { row in
            // by_type reads "CONSULT 3, AGREE 1", commonest first.
            var quad = ResultTable.Cell.null
            if let byType, byType < row.count, case .text(let s) = row[byType],
               let first = s.split(separator: ",").first?.split(separator: " ").first {
                quad = .int(PloverTypes.quad(of: String(first)))
            }
            return row + [quad]
        }
        return out
    }
}
