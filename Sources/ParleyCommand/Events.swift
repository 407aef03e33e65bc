import ArgumentParser
import ParleyStore

extension ParleyCommand {
    /// `parley events`: the stored event reports that match the filters.
    struct Events: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List stored events, with their incident and number of reports, filtered by actor, country, type, date, status, topic, words.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var filters: FilterOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            output.print(try store.openForReading().events(filters.filter, limit: output.limit))
        }
    }
}
