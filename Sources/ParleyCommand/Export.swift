import ArgumentParser
import Foundation
import Parley
import ParleyStore

extension ParleyCommand {
    /// `parley export`: every event report as CSV or JSON Lines, in columns event-data users know.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export stored events as CSV or JSON Lines (POLECAT/PLOVER- and GDELT-style columns, see README).")

        @OptionGroup var store: StoreOptions
        @OptionGroup var filters: FilterOptions

        @Option(help: "csv or jsonl.")
        var format: ExportFormat = .csv

        @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
        var output: String?

        enum ExportFormat: String, ExpressibleByArgument, CaseIterable { case csv, jsonl }

        func run() throws {
            let db = try store.openForReading()
            let sink: OutputSink = try output.map { try OutputSink(path: $0) } ?? OutputSink()
            let header = ResultTable(columns: Store.exportColumns)
            if format == .csv { try sink.write(ResultTable.csvLine(Store.exportColumns)) }
            try db.export(filters.filter) { row in
                try sink.write(format == .csv ? ResultTable.csvLine(row.map(\.display)) : header.jsonLine(row) + "\n")
            }
            try sink.close()
        }
    }
}

/// Buffered output to a file or standard output.
final class OutputSink {
    private let handle: FileHandle
    private let path: String
    private var buffer = Data()

    init() {
        handle = .standardOutput
        path = "-"
    }

    init(path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil), let h = FileHandle(forWritingAtPath: path) else {
            throw ParleyError(.unreadable, input: path, problem: "cannot be written", fix: "check the folder exists and is writable")
        }
        handle = h
        self.path = path
    }

    func write(_ s: String) throws {
        buffer.append(contentsOf: s.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    func flush() throws {
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw ParleyError(.unreadable, input: path, problem: "cannot be written (\(error.localizedDescription))",
                              fix: "check free disk space and permissions")
        }
        buffer.removeAll(keepingCapacity: true)
    }

    func close() throws {
        try flush()
        if path != "-" { try? handle.close() }
    }
}
