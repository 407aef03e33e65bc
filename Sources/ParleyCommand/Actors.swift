import ArgumentParser
import ParleyStore

extension ParleyCommand {
    /// `parley actors`: actors by number of events and mentions.
    struct Actors: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List actors across the corpus with their event, mention and article counts.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var filters: FilterOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            output.print(try store.openForReading().actors(filters.filter, limit: output.limit))
        }
    }
}
