import Testing
@testable import ParleyEval

struct CountsTests {
    @Test func scores() {
        var c = Counts(truePositives: 8, falsePositives: 2, falseNegatives: 0)
        #expect(c.precision == 0.8)
        #expect(c.recall == 1.0)
        c += Counts(truePositives: 0, falsePositives: 0, falseNegatives: 8)
        #expect(c.recall == 0.5)
        #expect(abs(c.f1 - 2 * 0.8 * 0.5 / 1.3) < 1e-12)
        #expect(Counts().f1 == 0)
    }
}
