import Testing
@testable import ParleyStore

@Suite struct ResultTableTests {
    @Test(arguments: [
        (["a", "b"], "a,b\r\n"),
        (["say \"hi\"", "x,y"], "\"say \"\"hi\"\"\",\"x,y\"\r\n"),
        (["two\nlines"], "\"two\nlines\"\r\n"),
    ])
    func csvQuotesWhatNeedsIt(fields: [String], line: String) {
        #expect(ResultTable.csvLine(fields) == line)
    }

    @Test func tablesAlignAndJSONLinesKeepTypes() {
        let t = ResultTable(columns: ["name", "n"], rows: [[.text("Moon"), .int(3)], [.text("Kim Jong Un"), .int(12)]])
        #expect(t.render(.table) == "name          n\n-----------  --\nMoon          3\nKim Jong Un  12\n")
        #expect(t.render(.jsonl) == "{\"name\":\"Moon\",\"n\":3}\n{\"name\":\"Kim Jong Un\",\"n\":12}\n")
    }
}
