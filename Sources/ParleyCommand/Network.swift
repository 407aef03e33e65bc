import ArgumentParser
import ParleyStore

extension ParleyCommand {
    /// `parley network`: who acts on whom, how often, by type.
    struct Network: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List source → target actor pairs with their event and incident counts, in all and by PLOVER type.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var filters: FilterOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            output.print(try store.openForReading().network(filters.filter, limit: output.limit))
        }
    }
}
