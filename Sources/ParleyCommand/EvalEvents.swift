import ArgumentParser
import Foundation
import Parley
import ParleyEval

extension ParleyCommand {
    /// `parley eval events`: event coding against PLOVER gold records.
    struct EvalEvents: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "events",
            abstract: "Score event coding on PLOVER gold records (type, mode, source/target country and sector, confusion table).",
            discussion: """
                Older PLOVER names are compared as the names they became: DEMAND as REQUEST, DISAPPROVE and \
                INVESTIGATE as ACCUSE, FIGHT as ASSAULT; the modes strike-hun as hunger, strike-gen as strike, \
                demo-org and demo-spon as demo, riot-org and riot-spon as riot. As in CAMEO's actor codes, an \
                international body with no country compares as IGO (UN, EU and other intergovernmental sectors) or NGO, \
                and the gold's older country codes JAP, ITL and VTN as JPN, ITA and VNM.
                """
        )

        @Argument(help: "A PLOVER gold-record file (JSON array, e.g. PLOVER_GSR_CAMEO.txt).")
        var file: String

        @Option(help: "text or json.")
        var format: ReportFormat = .text

        @Flag(help: "Before the figures, list each record with a wrong type, country or sector (id, gold → system type, then gold | system actors as name/country/sector, ✗ where wrong, and the text), tab-separated.")
        var errors = false

        func run() throws {
            let records = try PloverScorer.load(path: file)
            let scorer = PloverScorer(pipeline: try Pipeline.standard())
            var report = PloverScorer.Report()
            for r in records {
                let outcome = scorer.score(r)
                if errors, let line = outcome.error { print(line) }
                report.add(outcome)
            }
            switch format {
            case .json: try printJSON(report.json)
            case .text: print(report.table, terminator: "")
            }
        }
    }

    /// `parley eval quotes`: quotation extraction and attribution against PolNeAR.
    struct EvalQuotes: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "quotes",
            abstract: "Score direct quotations and their speakers on PolNeAR (brat) attributions.",
            discussion: "Gold quotations are PolNeAR attributions whose content holds a quotation mark. A system quote (its reported clause when it has one) matches a gold one covering at least half of it; the speaker is right when the words read as the speaker (the quote's source) overlap the gold source, a mention of the speaker actor does, the names share a capitalised word, or a pronoun source was read through the same cue verb."
        )

        @Argument(help: "A PolNeAR split folder with text/ and attributions/ (e.g. polnear/dev).")
        var directory: String

        @Option(help: "text or json.")
        var format: ReportFormat = .text

        @Flag(help: "Before the figures, list each gold quotation found with the wrong speaker (article, gold source, system speaker, quotation), tab-separated.")
        var errors = false

        func run() throws {
            let articles = try PolnearArticle.load(directory: directory)
            let pipeline = try Pipeline.standard()
            var scorer = QuoteScorer()
            for a in articles { scorer.add(a, pipeline.run(text: a.text, id: a.name)) }
            if errors { for line in scorer.speakerErrors { print(line) } }
            switch format {
            case .json: try printJSON(scorer.json)
            case .text:
                print("articles \(scorer.articles); gold quotes \(scorer.spans.gold); system quotes \(scorer.spans.system)")
                print(String(format: "quote span      P %.3f  R %.3f  F1 %.3f", scorer.spans.precision, scorer.spans.recall, scorer.spans.f1))
                print(String(format: "quote + speaker P %.3f  R %.3f  F1 %.3f", scorer.withSpeaker.precision, scorer.withSpeaker.recall, scorer.withSpeaker.f1))
            }
        }
    }
}

/// How an evaluation prints its figures.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

/// Prints a JSON object with sorted keys.
func printJSON(_ object: Any) throws {
    let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    print(String(decoding: data, as: UTF8.self))
}
