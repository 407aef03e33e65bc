import ArgumentParser
import Foundation
import Parley

/// The `parley` executable.
@main
struct ParleyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "Turns news about diplomacy into event data: who did what to whom, when, where, and what they said.",
        subcommands: [Extract.self, Eval.self, Train.self, Bench.self, Ingest.self, Events.self, Actors.self, Timeline.self, Network.self,
                      Export.self, BenchStore.self]
    )

    /// Parses and runs a subcommand; a bad argument gives one line and exit code 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let exit = exitCode(for: error)
            if exit == .success {
                // --help and --version
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            let message = fullMessage(for: error)
                .split(separator: "\n").first.map(String.init) ?? "\(error)"
            let cleaned = message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : message
            Console.error("\(cleaned) (see 'parley help')")
            Foundation.exit(error is ParleyError ? 1 : exit.rawValue)
        }
    }
}

/// Writes to standard output and standard error.
enum Console {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data("parley: \(line)\n".utf8))
    }

    static func out(_ data: Data) {
        FileHandle.standardOutput.write(data)
    }
}

/// A `YYYY-MM-DD` option value, checked to be a real day.
struct ISODate: ExpressibleByArgument, Sendable {
    let date: CalendarDate

    init?(argument: String) {
        guard let d = CalendarDate(iso: argument) else { return nil }
        date = d
    }

    static var defaultCompletionKind: CompletionKind { .default }
}
