import Foundation
import Testing
@testable import ParleyStore

@Suite struct StoreExportTests {
    typealias F = StoreFixtures

    @Test func theCSVHeaderIsTheDocumentedSchema() {
        #expect(ResultTable.csvLine(Store.exportColumns) ==
            "event_id,date,source_name,source_country,source_sector,target_name,target_country,target_sector," +
            "plover_type,plover_mode,cameo_code,quad_class,place_name,lat,lon,article_id,url,sentence,num_reports,incident_id\r\n")
    }

    @Test func everyReportIsARowWithItsIncidentSize() throws {
        let store = try F.store([
            F.document("a", events: [.init(type: "CONSULT", source: [F.usa], target: [F.kor], date: "2018-04-23")]),
            F.document("b", events: [.init(type: "CONSULT", source: [F.kor], target: [F.usa], date: "2018-04-23")]),
        ])
        var rows: [[ResultTable.Cell]] = []
        try store.export { rows.append($0) }
        #expect(rows.count == 2)
        let column = { (name: String) in Store.exportColumns.firstIndex(of: name) ?? -1 }
        #expect(rows.allSatisfy { $0[column("num_reports")] == .int(2) })
        #expect(rows[0][column("incident_id")] == rows[1][column("incident_id")])
        #expect(Set(rows.map { $0[column("article_id")] }) == [.text("a"), .text("b")])
        #expect(rows[0][column("lat")] == .real(37.57))
        #expect(rows[0][column("plover_type")] == .text("CONSULT"))
    }
}
