import ArgumentParser
import Foundation
import Parley

/// The `parley` executable.
@main
struct ParleyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "Turns news about diplomacy into event data: who did what to whom, when, where, and what they said.",
        subcommands: [Extract.self, Ingest.self, Events.self, Actors.self, Timeline.self, Network.self, Export.self,
                      Import.self, Eval.self, Train.self, Bench.self, BenchStore.self, Serve.self]
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
            let args = CommandLine.arguments.dropFirst().prefix { !$0.hasPrefix("-") }
            Console.error("\(cleaned) (see 'parley \((args + ["--help"]).joined(separator: " "))')")
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

    /// The one line a bad date gets: what was given and how to write it.
    static func problem(_ option: String, _ value: String) -> String {
        "\(option) '\(value)' is not a real date; write it as YYYY-MM-DD, e.g. 2018-04-23"
    }
}
