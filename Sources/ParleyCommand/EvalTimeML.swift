import ArgumentParser
import Foundation
import Parley
import ParleyEval

extension ParleyCommand.Eval {
    /// `parley eval timeml`: TempEval-3 scores of the times stage on TimeML files.
    struct TimeML: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "timeml",
            abstract: "Score the times stage on TimeML (.tml) files with TempEval-3's measures.",
            discussion: """
            Each document's <DCT> creation time is its published date; the plain text of <TEXT> goes \
            through the pipeline and its times are matched to the gold TIMEX3s: strict and relaxed \
            (overlapping) extent precision, recall and F1, and type and value accuracy on the relaxed \
            matches, with attribute F1 = relaxed F1 × accuracy.
            """
        )

        @Argument(help: "TimeML files or folders holding them.")
        var paths: [String]

        @Option(help: "text or json.")
        var format: String = "text"

        @Option(help: ArgumentHelp("Write the system's annotated .tml files to this folder.", valueName: "dir"))
        var out: String?

        @Flag(help: "Also report each document's scores.")
        var perDocument = false

        @Flag(help: "List missed, spurious and mis-valued expressions.")
        var errors = false

        func validate() throws {
            guard format == "text" || format == "json" else { throw ValidationError("--format must be text or json, not '\(format)'") }
        }

        func run() throws {
            let files = try EvalFiles.list(paths, suffix: ".tml")
            guard !files.isEmpty else {
                throw ParleyError(.notFound, input: paths.joined(separator: " "), problem: "no .tml files",
                                  fix: "give TimeML files or folders that hold them")
            }
            if let out { try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true) }
            let pipeline = try Pipeline.standard().prefix(through: "times")
            var total = TimeMLScore()
            var perDoc: [(String, TimeMLScore)] = []
            for file in files {
                let source: String
                do { source = try String(contentsOfFile: file, encoding: .utf8) } catch {
                    throw ParleyError(.unreadable, input: file, problem: "cannot be read as UTF-8", fix: "check the file")
                }
                let tml = try TimeMLDocument(source: source, name: file)
                let name = URL(fileURLWithPath: file).lastPathComponent
                let doc = pipeline.run(text: tml.text, id: name, published: tml.publishedDay)
                let s = TimeMLScore.score(gold: tml.timexes, system: doc.times)
                total += s
                perDoc.append((name, s))
                if errors { report(tml, doc) }
                if let out {
                    let path = URL(fileURLWithPath: out).appendingPathComponent(name).path
                    try Data(tml.annotated(with: doc.times).utf8).write(to: URL(fileURLWithPath: path))
                }
            }
            if format == "json" {
                var obj = total.json
                if perDocument { obj["per_document"] = Dictionary(uniqueKeysWithValues: perDoc.map { ($0.0, $0.1.json) }) }
                let data = try JSONSerialization.data(withJSONObject: obj, options: [.sortedKeys])
                print(String(decoding: data, as: UTF8.self))
                return
            }
            if perDocument {
                for (name, s) in perDoc { print(line(name, s)) }
            }
            print(line("total (\(total.documents) documents)", total))
        }

        func line(_ label: String, _ s: TimeMLScore) -> String {
            func f(_ x: Double) -> String { String(format: "%.4f", x) }
            return "\(label): strict P \(f(s.strict.precision)) R \(f(s.strict.recall)) F1 \(f(s.strict.f1)); "
                + "relaxed P \(f(s.relaxed.precision)) R \(f(s.relaxed.recall)) F1 \(f(s.relaxed.f1)); "
                + "type acc \(f(s.typeAccuracy)) F1 \(f(s.typeF1)); value acc \(f(s.valueAccuracy)) F1 \(f(s.valueF1))"
        }

        /// Prints the disagreements of one document, one a line, for finding what the tagger misses.
        func report(_ tml: TimeMLDocument, _ doc: Document) {
            let dct = tml.publishedDay ?? "-"
            for g in tml.timexes {
                let gText = doc.slice(g.start, g.end)
                if let st = doc.times.first(where: { $0.start < g.end && g.start < $0.end }) {
                    if (st.value ?? "") != g.value || st.type.rawValue != g.type || st.start != g.start || st.end != g.end {
                        print("DIFF \(dct) gold [\(gText)] \(g.type) \(g.value) \(g.mod ?? "") | sys [\(st.text)] \(st.type.rawValue) \(st.value ?? "nil") \(st.mod ?? "") | \(context(doc, g.start, g.end))")
                    }
                } else {
                    print("MISS \(dct) [\(gText)] \(g.type) \(g.value) \(g.mod ?? "") | \(context(doc, g.start, g.end))")
                }
            }
            for st in doc.times where !tml.timexes.contains(where: { st.start < $0.end && $0.start < st.end }) {
                print("SPUR \(dct) [\(st.text)] \(st.type.rawValue) \(st.value ?? "nil") | \(context(doc, st.start, st.end))")
            }
        }

        func context(_ doc: Document, _ a: Int, _ b: Int) -> String {
            (doc.slice(max(0, a - 80), a) + "[" + doc.slice(a, b) + "]" + doc.slice(b, b + 30))
                .replacingOccurrences(of: "\n", with: " ")
        }
    }
}

/// The files named by paths that end in `suffix` (files as they are, folders searched recursively).
enum EvalFiles {
    static func list(_ paths: [String], suffix: String) throws -> [String] {
        var files: [String] = []
        let fm = FileManager.default
        for p in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: p, isDirectory: &isDir) else {
                throw ParleyError(.notFound, input: p, problem: "no such file or folder", fix: "check the path")
            }
            if isDir.boolValue {
                let found = (fm.enumerator(atPath: p)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(suffix) }.sorted()
                files += found.map { URL(fileURLWithPath: p).appendingPathComponent($0).path }
            } else {
                files.append(p)
            }
        }
        return files
    }
}
