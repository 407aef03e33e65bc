import Foundation
import Testing
@testable import Parley

/// The two reference articles in ../shared/corpus, read at test time.
@Suite(.enabled(if: Fixtures.hasShared, "../shared/corpus is absent"))
struct ReferenceArticleTests {
    static let files = ["000_d3372db609c87221.txt", "002_1d4c40d474342319.txt"]

    @Test(arguments: files)
    func everyOffsetSlicesItsText(_ file: String) throws {
        let text = try Fixtures.corpus(file)
        let doc = Fixtures.run(text, published: file.hasPrefix("000") ? "2018-04-23" : nil)
        let scalars = Array(text.unicodeScalars)
        func check(_ s: String, _ a: Int, _ b: Int) {
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[a..<b])
            #expect(String(v) == s)
        }
        for e in doc.entities { check(e.text, e.start, e.end) }
        for t in doc.times { check(t.text, t.start, t.end) }
        for p in doc.places { check(p.text, p.start, p.end) }
        for ev in doc.events { check(ev.trigger.text, ev.trigger.start, ev.trigger.end) }
        for s in doc.sentences { #expect(s.start < s.end && s.end <= scalars.count) }
    }

    @Test func datelineSetsPublished() throws {
        let doc = Fixtures.run(try Fixtures.corpus("002_1d4c40d474342319.txt"))
        #expect(doc.info.published == "2018-05-27")
    }

    @Test func noDatelineLeavesPublishedNull() throws {
        let doc = Fixtures.run(try Fixtures.corpus("000_d3372db609c87221.txt"))
        #expect(doc.info.published == nil)
    }

    @Test func sentencesAsAReaderDrawsThem() throws {
        let doc = Fixtures.run(try Fixtures.corpus("002_1d4c40d474342319.txt"))
        let sentences = doc.sentenceTexts
        // no break inside "U.S." or "U. S."
        #expect(!sentences.contains { $0.hasSuffix("U.") || $0.hasSuffix("Korea-U.") })
        #expect(sentences.contains { $0.contains("North Korea-U. S. summit") })
        // caption credits, the "Watch Next" line and the trailer are their own sentences
        #expect(sentences.contains { $0.hasPrefix("(") && $0.hasSuffix("Images)") })
        #expect(sentences.contains { $0.hasPrefix("Follow ") && $0.contains("Twitter") })
        #expect(sentences.contains("Watch Next:"))
        let first = try Fixtures.corpus("000_d3372db609c87221.txt")
        let doc0 = Fixtures.run(first)
        #expect(doc0.sentenceTexts.contains { $0.contains("Minister Kang,... Thornton") })
        #expect(!doc0.sentenceTexts.contains { $0.hasSuffix("U.S.") && $0.count < 40 })
    }
}
