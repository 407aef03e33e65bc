import ArgumentParser
import Foundation
import Parley
import ParleyEval

extension ParleyCommand {
    /// `parley eval dates`: date normalisation on the news documents of GUM.
    struct EvalDates: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "dates",
            abstract: "Score date normalisation on GUM news (<date when|from/to> in the XML, text from the CoNLL-U beside it).",
            discussion: """
                Each document's published date is the full date at its top (its dateline), else its dateCreated; \
                that dateline is not scored. A gold date is found when one of Parley's times overlaps it, and \
                right when that time's value names the same days (a week, a weekend, a decade compared as \
                their days) and, where gold gives one, the same time of day. GUM marks dates only, not every \
                time expression, so there is no precision; duration bounds (notBefore/notAfter) are not scored.
                """
        )

        @Argument(help: "GUM .xml files or folders holding them (each with its .conllu beside it).")
        var paths: [String]

        @Option(help: "text or json.")
        var format: ReportFormat = .text

        @Flag(help: "List each missed or mis-valued date.")
        var errors = false

        func run() throws {
            let files = try EvalFiles.list(paths, suffix: ".xml")
            guard !files.isEmpty else {
                throw ParleyError(.notFound, input: paths.joined(separator: " "), problem: "no GUM .xml files",
                                  fix: "give GUM's xml folder or files, each with its .conllu beside it")
            }
            let pipeline = try Pipeline.standard().prefix(through: "times")
            var score = GUMDateScore()
            for file in files {
                let gum = try GUMDocument.load(xml: file)
                let doc = pipeline.run(text: gum.text, id: gum.id, published: gum.published)
                score.documents += 1
                for g in gum.dates {
                    guard g.interval != nil else { score.skipped += 1; continue }
                    score.gold += 1
                    let gText = doc.slice(g.start, g.end)
                    guard let t = doc.times.first(where: { $0.start < g.end && g.start < $0.end }) else {
                        if errors { print("MISS \(gum.published ?? "-") [\(gText)] \(g.normalisation)") }
                        continue
                    }
                    score.found += 1
                    if GUMDateScore.matches(t.value, g) {
                        score.correct += 1
                    } else if errors {
                        print("DIFF \(gum.published ?? "-") gold [\(gText)] \(g.normalisation) | sys [\(t.text)] \(t.value ?? "nil")")
                    }
                }
            }
            switch format {
            case .json: try printJSON(score.json)
            case .text:
                print(String(format: "%d documents, %d gold dates (%d duration bounds not scored): found %d (recall %.4f); right value %d (accuracy on found %.4f, of all %.4f)",
                             score.documents, score.gold, score.skipped, score.found, score.recall, score.correct,
                             score.valueAccuracy, score.valueRecall))
            }
        }
    }
}
