import ArgumentParser
import Foundation
import Parley

extension ParleyCommand {
    /// `parley import`: brings other tools' dictionaries into Parley's formats.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Bring other tools' dictionaries into Parley's formats.",
            subcommands: [ImportPetrarch.self]
        )
    }

    /// `parley import petrarch`: PETRARCH/Phoenix .actors → Parley's actor TSV.
    struct ImportPetrarch: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "petrarch",
            abstract: "Convert a PETRARCH/Phoenix .actors dictionary into Parley's actor dictionary (TSV).",
            discussion: "Writes the TSV to standard output, or appends it to --output. Use the result with 'parley extract --actors FILE'. Records that cannot be read are reported with their line; the rest is converted."
        )

        @Argument(help: "A PETRARCH .actors file.")
        var file: String

        @Option(name: [.short, .long], help: "Append the entries to this TSV file instead of printing them.")
        var output: String?

        func run() throws {
            let text = try ArticleText.read(path: file)
            let (entries, problems) = PetrarchImport.read(text, file: file)
            for p in problems { Console.error(p) }
            let tsv = PetrarchImport.tsv(entries)
            if let output {
                let header = FileManager.default.fileExists(atPath: output) ? "" :
                    "# Parley actor dictionary; columns: name, aliases, kind, country, sector, role, from, to\n"
                guard let handle = FileHandle(forWritingAtPath: output) ?? {
                    _ = FileManager.default.createFile(atPath: output, contents: nil)
                    return FileHandle(forWritingAtPath: output)
                }() else {
                    throw ParleyError(.unreadable, input: output, problem: "cannot be written", fix: "check the folder exists and is writable")
                }
                handle.seekToEndOfFile()
                handle.write(Data((header + tsv).utf8))
                handle.closeFile()
            } else {
                print(tsv, terminator: "")
            }
            Console.error("\(file): \(entries.count) entries converted, \(problems.count) records skipped")
            if entries.isEmpty && !problems.isEmpty { throw ExitCode(1) }
        }
    }
}
