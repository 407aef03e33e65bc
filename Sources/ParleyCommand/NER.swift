import ArgumentParser
import Foundation
import Parley
import ParleyEval

extension ParleyCommand {
    /// `parley train ner`: trains the entity tagger on CoNLL-2003 data.
    struct TrainNER: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ner",
            abstract: "Train the entity tagger on CoNLL data (same data and seed, same model).",
            discussion: "Prints each epoch's training accuracy and, with --dev, the development F1 of the final model."
        )

        @Option(help: "Training data in the CoNLL-2003 format.")
        var train: String

        @Option(help: "Development data in the CoNLL-2003 format, scored after training.")
        var dev: String?

        @Option(name: [.short, .customLong("output")], help: "Where to write the model.")
        var output: String

        @Option(help: "Passes over the training data.")
        var epochs: Int = 25

        @Option(help: "Keep features whose largest weight reaches this many thousandths of the model's largest (0 keeps all).")
        var prune: Float = 0

        func validate() throws {
            guard epochs > 0 && epochs <= 100 else { throw ValidationError("--epochs takes a whole number from 1 to 100") }
        }

        func run() throws {
            let sentences = try CoNLL.read(path: train)
            let examples = sentences.map { EntityTaggerTrainer.Example(words: $0.words, tags: EntityTaggerTrainer.bio($0.tags), document: $0.document) }
            var trainer = EntityTaggerTrainer()
            let clock = ContinuousClock()
            let start = clock.now
            trainer.train(examples, epochs: epochs) { epoch, accuracy in
                Console.error(String(format: "epoch %d: training token accuracy %.4f", epoch, accuracy))
            }
            let model = trainer.model(threshold: prune)
            try model.write(to: output)
            let size = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
            Console.error("\(output): \(size / 1024) KiB written after \(clock.now - start)")
            if let dev {
                let report = try NEREvaluation.run(path: dev, tagger: model)
                print(report.table)
            }
        }
    }

    /// `parley eval ner`: conlleval-style scores of the entity tagger.
    struct EvalNER: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ner",
            abstract: "Score the entity tagger on CoNLL data: per-type and overall precision, recall and F1 (exact spans, as conlleval)."
        )

        @Argument(help: "Evaluation data in the CoNLL-2003 format.")
        var file: String

        @Option(help: "A model file (default: the shipped model).")
        var model: String?

        @Option(help: "text or json.")
        var format: ReportFormat = .text

        func run() throws {
            let tagger: EntityTagger
            if let model { tagger = try EntityTagger.load(path: model) } else {
                guard let shipped = EntityTagger.shared else {
                    throw ParleyError(.malformedModel, input: "ner.model", problem: "the shipped model is missing", fix: "reinstall Parley or pass --model")
                }
                tagger = shipped
            }
            let report = try NEREvaluation.run(path: file, tagger: tagger)
            switch format {
            case .text: print(report.table)
            case .json: try printJSON(report.json)
            }
        }
    }
}

/// Runs the tagger over a CoNLL file document by document and scores it.
enum NEREvaluation {
    struct Report {
        var overall: Counts
        var byType: [String: Counts]
        var tokens: Int
        var seconds: Double

        var table: String {
            var out = String(format: "tokens %d; tagged in %.2f s (%.0f tokens/s)\n", tokens, seconds, Double(tokens) / max(seconds, 1e-9))
            out += "type   precision  recall     F1\n"
            for t in byType.keys.sorted() {
                let c = byType[t] ?? Counts()
                out += t.padding(toLength: 7, withPad: " ", startingAt: 0) + String(format: "%.4f     %.4f     %.4f\n", c.precision, c.recall, c.f1)
            }
            out += String(format: "overall %.4f     %.4f     %.4f", overall.precision, overall.recall, overall.f1)
            return out
        }

        var json: [String: Any] {
            ["overall": overall.scores, "by_type": byType.mapValues(\.scores), "tokens": tokens]
        }
    }

    static func run(path: String, tagger: EntityTagger) throws -> Report {
        let sentences = try CoNLL.read(path: path)
        var gold: [[String]] = [], system: [[String]] = []
        let clock = ContinuousClock()
        var elapsed = Duration.zero
        var start = 0
        while start < sentences.count {
            var end = start
            while end < sentences.count && sentences[end].document == sentences[start].document { end += 1 }
            let doc = sentences[start..<end]
            let t0 = clock.now
            let tagged = tagger.tag(document: doc.map(\.words))
            elapsed += clock.now - t0
            gold += doc.map(\.tags)
            system += tagged
            start = end
        }
        let (overall, byType) = CoNLL.score(gold: gold, system: system)
        return Report(overall: overall, byType: byType, tokens: sentences.reduce(0) { $0 + $1.words.count }, seconds: elapsed.seconds)
    }
}
