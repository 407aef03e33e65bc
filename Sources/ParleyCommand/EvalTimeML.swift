import ArgumentParser
import Foundation
import Parley
import ParleyEval

extension ParleyCommand {
    /// `parley eval timeml`: TIMEX3 recognition and normalisation with TempEval-3's measures.
    struct EvalTimeML: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "timeml",
            abstract: "Score time expressions on TimeML documents (TempEval-3 measures: strict and relaxed extent, type, value).",
            discussion: "Each .tml file's TEXT is run through Parley with its DCT as the article's date. --out writes the system's annotated .tml files for the official TempEval-3 scorer."
        )

        @Argument(help: "Folders (searched recursively) or .tml files.")
        var paths: [String]

        @Option(help: "text or json.")
        var format: ReportFormat = .text

        @Option(help: "Write the system's annotated .tml files into this folder.")
        var out: String?

        @Flag(help: "Also print each document's figures.")
        var perDocument = false

        func run() throws {
            var files: [String] = []
            for p in paths {
                var isDir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: p, isDirectory: &isDir) else {
                    throw ParleyError(.notFound, input: p, problem: "no such file or folder", fix: "check the path")
                }
                if isDir.boolValue {
                    let e = FileManager.default.enumerator(atPath: p)
                    while let f = e?.nextObject() as? String {
                        if f.hasSuffix(".tml") { files.append(p + "/" + f) }
                    }
                } else {
                    files.append(p)
                }
            }
            files.sort()
            guard !files.isEmpty else { throw ParleyError(.notFound, input: paths.joined(separator: " "), problem: "holds no .tml files", fix: "pass TimeML files or folders") }
            if let out { try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true) }
            let pipeline = try Pipeline.standard().prefix(through: "times")
            var total = TimexScorer()
            for f in files {
                let doc = try TimeMLDocument.read(path: f)
                let result = pipeline.run(text: doc.text, id: doc.name, published: doc.dct)
                total.add(system: result.times, gold: doc.timexes)
                if perDocument {
                    var one = TimexScorer()
                    one.add(system: result.times, gold: doc.timexes)
                    print(String(format: "%@  relaxed F1 %.3f  value acc %.3f", doc.name, one.relaxedScores.f1, one.valueAccuracy))
                }
                if let out {
                    try doc.annotated(with: result.times).write(toFile: out + "/" + doc.name, atomically: true, encoding: .utf8)
                }
            }
            switch format {
            case .json: try printJSON(total.json)
            case .text: print(total.table)
            }
        }
    }
}
