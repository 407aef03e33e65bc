import ArgumentParser
import Foundation
import Parley

extension ParleyCommand {
    /// `parley bench`: throughput and peak memory of the pipeline, stage by stage.
    struct Bench: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure the pipeline's speed (words per second, per stage) and peak memory on one core.",
            discussion: """
            Runs the standard pipeline (or its stages up to --through) over the given files, one \
            document at a time on one thread. Plain-text files are one article each; a CoNLL file \
            (one token a line, -DOCSTART- between documents) is rebuilt into plain-text documents. \
            Build with -c release for figures worth reporting.
            """
        )

        @Argument(help: "Text or CoNLL files to run over.")
        var files: [String]

        @Option(help: "Run the stages up to and including this one (normalize, tokens, sentences, dateline, entities, …).")
        var through: String?

        @Option(help: "How many times to run over the whole input.")
        var repeats: Int = 3

        @Option(help: "The published date given to every document.")
        var published: ISODate?

        @Option(help: "text or json.")
        var format: String = "text"

        func run() throws {
            var pipeline = try Pipeline.standard()
            if let through {
                guard pipeline.stages.contains(where: { $0.name == through }) else {
                    throw ValidationError("no stage named '\(through)'; stages: \(pipeline.stages.map(\.name).joined(separator: ", "))")
                }
                pipeline = pipeline.prefix(through: through)
            }
            var texts: [String] = []
            for f in files {
                let text = try ArticleText.read(path: f)
                if text.hasPrefix("-DOCSTART-") || f.hasSuffix(".train") || f.hasSuffix(".testa") {
                    texts += BenchCorpus.documents(fromCoNLL: text)
                } else {
                    texts.append(text)
                }
            }
            let words = texts.reduce(0) { $0 + BenchCorpus.wordCount($1) }
            var stageSeconds = [Double](repeating: 0, count: pipeline.stages.count)
            let clock = ContinuousClock()
            let start = clock.now
            for _ in 0..<max(1, repeats) {
                for (i, text) in texts.enumerated() {
                    var doc = Document(text: text, info: DocumentInfo(id: "b\(i)", published: published?.date.iso))
                    for (k, stage) in pipeline.stages.enumerated() {
                        let t0 = clock.now
                        stage.process(&doc)
                        stageSeconds[k] += (clock.now - t0).seconds
                    }
                }
            }
            let total = (clock.now - start).seconds
            let n = Double(max(1, repeats))
            let wps = Double(words) * n / total
            let peak = BenchCorpus.peakMemoryMiB()
            if format == "json" {
                var stages: [String: Double] = [:]
                for (k, s) in pipeline.stages.enumerated() { stages[s.name] = (Double(words) * n / max(stageSeconds[k], 1e-9)).rounded() }
                let obj: [String: Any] = ["documents": texts.count, "words": words, "repeats": repeats,
                                          "words_per_second": wps.rounded(), "peak_memory_mib": peak,
                                          "stage_words_per_second": stages]
                let data = try JSONSerialization.data(withJSONObject: obj, options: [.sortedKeys])
                print(String(decoding: data, as: UTF8.self))
                return
            }
            print("documents \(texts.count), words \(words), repeats \(repeats)")
            print("pipeline through \(pipeline.stages.last?.name ?? "-"): \(Int(wps)) words/s, peak memory \(peak) MiB")
            for (k, s) in pipeline.stages.enumerated() {
                let share = stageSeconds[k] / max(total, 1e-9) * 100
                print("  \(s.name.padding(toLength: 10, withPad: " ", startingAt: 0)) \(Int(Double(words) * n / max(stageSeconds[k], 1e-9))) words/s alone (\(String(format: "%.1f", share))% of the time)")
            }
        }
    }
}

/// Inputs and measurements for `parley bench`.
enum BenchCorpus {
    /// Plain-text documents rebuilt from a CoNLL file: tokens joined by spaces, sentences by new lines.
    static func documents(fromCoNLL text: String) -> [String] {
        var docs: [String] = []
        var current = ""
        var sentence: [Substring] = []
        func flushSentence() {
            if !sentence.isEmpty { current += sentence.joined(separator: " ") + "\n"; sentence.removeAll() }
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-DOCSTART-") {
                flushSentence()
                if !current.isEmpty { docs.append(current); current = "" }
            } else if line.isEmpty {
                flushSentence()
            } else if let word = line.split(separator: " ").first {
                sentence.append(word)
            }
        }
        flushSentence()
        if !current.isEmpty { docs.append(current) }
        return docs
    }

    /// Whitespace-separated words.
    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for b in text.utf8 {
            let space = b == 32 || b == 10 || b == 9 || b == 13
            if !space && !inWord { count += 1 }
            inWord = !space
        }
        return count
    }

    /// CPU seconds this process has used on all its threads, user and system: a figure that another
    /// program on the machine disturbs less than the wall clock.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1_000_000 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// Peak resident memory of this process (VmHWM), in MiB; 0 where /proc is absent.
    static func peakMemoryMiB() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kb = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
            return kb / 1024
        }
        return 0
    }
}
