import Testing
import Parley
@testable import ParleyEval

struct CoNLLTests {
    static let sample = """
        -DOCSTART- -X- O O

        Japan NNP I-NP I-LOC
        began VBD I-VP O
        talks NNS I-NP O
        with IN I-PP O
        Kim NNP I-NP I-PER
        Jong NNP I-NP I-PER
        Un NNP I-NP I-PER
        . . O O

        EU NNP I-NP I-ORG
        rejects VBZ I-VP O
        German JJ I-NP I-MISC
        call NN I-NP O
        """

    @Test func readsSentencesAndDocuments() throws {
        let s = try CoNLL.parse(Self.sample, file: "s.conll")
        #expect(s.count == 2)
        #expect(s[0].words == ["Japan", "began", "talks", "with", "Kim", "Jong", "Un", "."])
        #expect(s[0].document == 1)
    }

    static let chunkCases: [([String], [String])] = [
        (["I-LOC", "O", "I-PER", "I-PER"], ["LOC 0 1", "PER 2 4"]),
        (["B-PER", "I-PER", "B-PER"], ["PER 0 2", "PER 2 3"]),
        (["I-PER", "I-ORG", "O", "I-MISC"], ["PER 0 1", "ORG 1 2", "MISC 3 4"]),
    ]

    @Test(arguments: chunkCases)
    func chunks(_ tags: [String], _ expected: [String]) {
        #expect(CoNLL.chunks(tags).map { "\($0.type) \($0.start) \($0.end)" } == expected)
    }

    @Test func scoresExactSpans() {
        let gold = [["I-PER", "I-PER", "O", "I-LOC"]]
        let sys = [["I-PER", "O", "O", "I-LOC"]]
        let (overall, byType) = CoNLL.score(gold: gold, system: sys)
        #expect(overall.truePositives == 1 && overall.falsePositives == 1 && overall.falseNegatives == 1)
        #expect(byType["LOC"]?.f1 == 1)
        #expect(byType["PER"]?.f1 == 0)
    }

    @Test func malformedLinesNameTheLine() {
        do {
            _ = try CoNLL.parse("Japan NNP I-NP I-LOC\nbroken\n", file: "bad.conll")
            Issue.record("expected an error")
        } catch {
            #expect(error.input == "bad.conll:2")
        }
    }
}
