import Foundation
import Parley
import Testing
@testable import ParleyStore

@Suite struct ExtractionStreamTests {
    static func article(_ n: Int) -> IngestItem { .article(ArticleRecord(text: "Article \(n)."), id: "a\(n)") }

    /// What a result says of its article, for comparing orders.
    static func label(_ p: Ingester.Prepared) -> String {
        switch p {
        case .ready: "ready"
        case .duplicate: "duplicate"
        case .failed(let e): e.input
        }
    }

    @Test func theWriterTakesResultsInInputOrderWhateverOrderTheyFinishIn() {
        let stream = ExtractionStream(window: 100)
        // five articles, the second stored already
        #expect(stream.feed((0..<5).map { (Self.article($0), "h\($0)", $0 == 1) }))
        stream.finishFeeding()
        var work: [ExtractionStream.Work] = []
        while let w = stream.nextWork() { work.append(w) }
        #expect(work.map(\.index) == [0, 2, 3, 4])
        #expect(work.map(\.hash) == ["h0", "h2", "h3", "h4"])
        // finished last to first, each named by its index
        for w in work.reversed() {
            stream.done(w.index, .failed(ParleyError(.malformedInput, input: "\(w.index)", problem: "-", fix: "-")))
        }
        #expect(stream.take(3).map { $0.map(Self.label) } == ["0", "duplicate", "2"])
        #expect(stream.take(3).map { $0.map(Self.label) } == ["3", "4"])
        #expect(stream.take(3) == nil)
    }

    @Test func aBatchWaitsForItsSlowestArticleButNotForLaterOnes() async {
        let stream = ExtractionStream(window: 100)
        #expect(stream.feed((0..<4).map { (Self.article($0), "h\($0)", false) }))
        stream.finishFeeding()
        var work: [ExtractionStream.Work] = []
        while let w = stream.nextWork() { work.append(w) }
        stream.done(1, .duplicate)
        stream.done(2, .duplicate)
        stream.done(3, .duplicate)
        // the first batch of two needs article 0: the writer waits until another thread finishes it
        let late = Task.detached { stream.done(0, .duplicate) }
        #expect(stream.take(2)?.count == 2)
        await late.value
        #expect(stream.take(2)?.count == 2)
        #expect(stream.take(2) == nil)
    }

    @Test func cancellingStopsTheFeederAndTheWorkers() {
        let stream = ExtractionStream(window: 2)
        #expect(stream.feed([(Self.article(0), "h0", false), (Self.article(1), "h1", false)]))
        stream.cancel()
        // a full window would otherwise make the feeder wait for the writer
        #expect(!stream.feed([(Self.article(2), "h2", false)]))
        #expect(stream.nextWork() == nil)
        #expect(stream.take(1) == nil)
    }
}
