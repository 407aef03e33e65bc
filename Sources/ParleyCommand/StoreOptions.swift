import ArgumentParser
import Foundation
import Parley
import ParleyStore

/// `--store FILE`, shared by the corpus commands.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("store"), help: ArgumentHelp("The corpus store (SQLite).", valueName: "file"))
    var path: String = "parley.sqlite"

    /// Opens the store for reading; it must exist.
    func openForReading() throws -> Store { try Store(path: path, readOnly: true) }
}

/// The filters of `parley events`, `actors`, `timeline`, `network` and `export`.
struct FilterOptions: ParsableArguments {
    @Option(help: "Only events with this source or target actor (a name, or whole words of one: 'trump').")
    var actor: String?

    @Option(help: "Only events with a source or target actor of this country (ISO 3166 alpha-3, e.g. KOR).")
    var country: String?

    @Option(help: "Only events of this PLOVER type (CONSULT, AGREE, …).")
    var type: String?

    @Option(help: ArgumentHelp("Only events dated on or after this day.", valueName: "YYYY-MM-DD"))
    var from: ISODate?

    @Option(help: ArgumentHelp("Only events dated on or before this day.", valueName: "YYYY-MM-DD"))
    var to: ISODate?

    @Option(help: "Only events with this status: occurred, planned, hypothetical, negated.")
    var status: String?

    @Option(help: "Only events with this topic.")
    var topic: String?

    @Option(help: ArgumentHelp("Only events of articles whose title or text holds all these words.", valueName: "words"))
    var words: String?

    func validate() throws {
        if let status, EventStatus(rawValue: status.lowercased()) == nil {
            throw ValidationError("--status '\(status)' is not one of \(EventStatus.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let from, let to, to.date < from.date {
            throw ValidationError("--to \(to.date.iso) is before --from \(from.date.iso); swap them")
        }
    }

    var filter: EventFilter {
        EventFilter(actor: actor, country: country, type: type, from: from?.date.dayNumber, to: to?.date.dayNumber,
                    status: status, topic: topic,
                    words: (words ?? "").split(whereSeparator: { $0.isWhitespace }).map(String.init))
    }
}

extension ResultTable.Format: ExpressibleByArgument {}
extension Store.Period: ExpressibleByArgument {}

/// `--format` and `--limit` of the query commands.
struct OutputOptions: ParsableArguments {
    @Option(help: "table (aligned, for reading), json, jsonl or csv (for tools).")
    var format: ResultTable.Format = .table

    @Option(help: "At most this many rows (0: all).")
    var limit: Int = 100

    func print(_ table: ResultTable) {
        Console.out(Data(table.render(format).utf8))
    }
}
