import GRDB
import Parley

extension Store {
    /// The export columns, in order (README "Corpus" documents each).
    public static let exportColumns = [
        "event_id", "date", "source_name", "source_country", "source_sector", "target_name", "target_country",
        "target_sector", "plover_type", "plover_mode", "cameo_code", "quad_class", "place_name", "lat", "lon",
        "article_id", "url", "sentence", "num_reports", "incident_id",
    ]

    /// Every event report, one row each in ``exportColumns`` order, handed to `emit` as they are read.
    public func export(_ filter: EventFilter = EventFilter(), emit: ([ResultTable.Cell]) throws -> Void) throws(ParleyError) {
        let (condition, args) = filter.sql()
        try read { db in
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT e.key, e.date, e.source_names, e.source_countries, e.source_sectors,
                       e.target_names, e.target_countries, e.target_sectors, e.type, e.mode, e.cameo, e.quad,
                       e.place_name, e.lat, e.lon, a.doc_id, a.url, e.sentence,
                       COALESCE(i.num_reports, 1), e.incident_id
                FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN incidents i ON i.id = e.incident_id
                WHERE \(condition)
                ORDER BY \(EventOrder.date.eventsClause)
                """, arguments: args)
            while let r = try cursor.next() {
                let lat: Double? = r[13], lon: Double? = r[14]
                try emit([.text(r[0]), text(r[1]), .text(r[2]), .text(r[3]), .text(r[4]), .text(r[5]), .text(r[6]),
                          .text(r[7]), .text(r[8]), text(r[9]), .text(r[10]), .int(r[11]), text(r[12]),
                          lat.map { .real($0) } ?? .null, lon.map { .real($0) } ?? .null,
                          .text(r[15]), text(r[16]), .text(r[17]), .int(r[18]), text(r[19])])
            }
        }
    }

    private func text(_ value: String?) -> ResultTable.Cell { Store.text(value) }
}
