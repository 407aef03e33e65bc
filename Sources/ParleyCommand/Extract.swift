import ArgumentParser
import Foundation
import Parley

extension ParleyCommand {
    /// `parley extract`: articles in, document JSON out.
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extract entities, actors, times, places, quotes and events from articles.",
            discussion: """
            Reads each FILE (or standard input when none is given, or for '-') and prints the \
            document JSON: one object for one article, JSON Lines for many. With --input jsonl \
            each line of the input is an article {"id", "text", "published", "title", "source", "url"}.
            """
        )

        @Argument(help: "Article text files (UTF-8). Standard input when none.")
        var files: [String] = []

        @Option(help: ArgumentHelp("The article's date, YYYY-MM-DD; overrides a dateline in the text.", valueName: "date"))
        var published: String?

        @Option(help: "The document id (default: the file name). Only with a single input.")
        var id: String?

        @Option(help: "json: one object (pretty) per article; jsonl: one compact line per article. Default: json for one article, jsonl for many.")
        var format: OutputFormat?

        @Option(help: "text: each input is one article; jsonl: each line of each input is an article object.")
        var input: InputFormat = .text

        @Option(help: ArgumentHelp("An actor dictionary of your own (TSV, see Resources/actors.tsv), used ahead of the shipped one.", valueName: "file"))
        var actors: String?

        enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case json, jsonl }
        enum InputFormat: String, ExpressibleByArgument, CaseIterable { case text, jsonl }

        func validate() throws {
            if let published, CalendarDate(iso: published) == nil {
                throw ValidationError(ISODate.problem("--published", published))
            }
            if id != nil && files.count > 1 {
                throw ValidationError("--id names one document, but \(files.count) files were given; drop --id to use the file names")
            }
        }

        func run() throws {
            var dictionary = ActorDictionary.shared
            if let actors {
                let mine = try ActorDictionary.load(path: actors)
                for p in mine.problems { Console.error(p) }
                dictionary = dictionary.adding(mine)
            }
            let pipeline = try Pipeline.standard(actors: dictionary)
            let inputs = files.isEmpty ? ["-"] : files
            var failures = 0
            var docs = 0
            let many = inputs.count > 1 || input == .jsonl
            let fmt = format ?? (many ? .jsonl : .json)
            func emit(_ doc: Document) {
                docs += 1
                do {
                    var data = try doc.jsonData(pretty: fmt == .json)
                    data.append(0x0A)
                    Console.out(data)
                } catch {
                    failures += 1
                    Console.error("\(doc.info.id): cannot be written as JSON (\(error)); please report this")
                }
            }
            for path in inputs {
                let text: String
                do {
                    text = try ArticleText.read(path: path)
                } catch {
                    failures += 1
                    Console.error(error.description)
                    continue
                }
                switch input {
                case .text:
                    let docID = id ?? (path == "-" ? "stdin" : URL(fileURLWithPath: path).lastPathComponent)
                    emit(pipeline.run(text: text, id: docID, published: published))
                case .jsonl:
                    var lineNumber = 0
                    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                        lineNumber += 1
                        if line.allSatisfy(\.isWhitespace) { continue }
                        do {
                            let r = try ArticleRecord.parse(line, input: path, line: lineNumber)
                            let docID = r.id ?? "\(path == "-" ? "stdin" : path):\(lineNumber)"
                            emit(pipeline.run(text: r.text, id: docID, published: published ?? r.published,
                                              title: r.title, source: r.source, url: r.url))
                        } catch {
                            failures += 1
                            Console.error(error.description)
                        }
                    }
                }
            }
            if failures > 0 {
                throw ExitCode(docs == 0 ? 2 : 1)
            }
        }
    }
}
