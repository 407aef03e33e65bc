import ArgumentParser
import Foundation
import Parley
import ParleyStore

extension ParleyCommand {
    /// `parley ingest`: articles into the corpus store, merged into incidents.
    struct Ingest: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extract articles and store them, with every layer, in the corpus; merge their events into incidents.",
            discussion: """
            Each PATH is an article file, a folder (searched recursively for *.txt and *.jsonl), or a \
            JSON Lines file (*.jsonl) of {"id", "text", "published", "source", "title", "url"} objects \
            (or document JSON objects with their "text"). Each article is committed in one transaction; \
            an article already stored (same text and published date) is skipped. The store is \
            parley.sqlite in the current folder unless --store says otherwise.
            """
        )

        @Argument(help: "Article files, folders and JSON Lines files.")
        var paths: [String]

        @OptionGroup var store: StoreOptions

        @Option(help: "Extraction threads.")
        var workers: Int = 2

        @Flag(help: "Then print the stored events as 'parley events' would.")
        var show = false

        func run() throws {
            let db = try Store(path: store.path)
            let ingester = Ingester(store: db, pipeline: try Pipeline.standard(), workers: workers)
            let inputs = IngestInputs(paths: paths)
            let progress = ProgressLine(total: inputs.total)
            let summary: IngestSummary
            do {
                summary = try ingester.run(inputs, progress: { done, total in progress.update(done) },
                                           report: { e in progress.clear(); Console.error(e.description) })
            } catch {
                progress.clear()
                throw error
            }
            progress.clear()
            let c = try db.counts()
            print("added \(summary.added), skipped \(summary.duplicates) as duplicates, failed \(summary.failed) " +
                  "in \(progress.elapsedText); \(store.path) holds \(c.articles) articles, \(c.events) events, \(c.incidents) incidents")
            if show {
                print("")
                fflush(nil)
                try Events.parse(["--store", store.path]).run()
            }
            if summary.failed > 0 { throw ExitCode(1) }
        }
    }
}

/// Done/total, rate and time left on one line of a terminal's standard error; silent when it is not a terminal.
final class ProgressLine {
    let total: Int
    let enabled = isatty(STDERR_FILENO) == 1
    private let start = ContinuousClock.now
    private var lastDraw = ContinuousClock.now - .seconds(1)
    private var drawn = false

    init(total: Int) { self.total = total }

    var elapsed: Double { (ContinuousClock.now - start).seconds }
    var elapsedText: String { String(format: "%.1f s", elapsed) }

    func update(_ done: Int) {
        guard enabled else { return }
        let now = ContinuousClock.now
        guard now - lastDraw >= .milliseconds(100) || done == total else { return }
        lastDraw = now
        let rate = Double(done) / max(elapsed, 1e-6)
        let left = rate > 0 ? Int(Double(max(0, total - done)) / rate) : 0
        let line = "\r\u{1B}[K\(done)/\(total) articles  \(Int(rate))/s  \(left / 60):\(String(format: "%02d", left % 60)) left"
        FileHandle.standardError.write(Data(line.utf8))
        drawn = true
    }

    func clear() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }
}
