import Foundation
import ArgumentParser
import ParleyStore

extension ParleyCommand {
    /// `parley timeline`: events and incidents per day or week.
    struct Timeline: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Count events and incidents per day or ISO week (by the first day of each event's date).")

        @OptionGroup var store: StoreOptions
        @OptionGroup var filters: FilterOptions

        @Option(help: "day or week.")
        var by: Store.Period = .day

        @Option(help: "table, json, jsonl or csv.")
        var format: ResultTable.Format = .table

        func run() throws {
            let table = try store.openForReading().timeline(filters.filter, by: by)
            Console.out(Data(table.render(format).utf8))
        }
    }
}
