import Testing
@testable import Parley

struct FlagTableTests {
    @Test(arguments: [1, 100, 10_000])
    func keepsFlagsThroughGrowth(_ n: Int) {
        var t = FlagTable<UInt8>(capacity: 4)
        for k in 0..<n { t.insert(FeatureHashing.mix(UInt64(k)), UInt8(k & 7) | 1) }
        t.insert(FeatureHashing.mix(0), 16)
        #expect(t.count == n)
        #expect(t.get(FeatureHashing.mix(0)) == 17)
        #expect((1..<n).allSatisfy { t.get(FeatureHashing.mix(UInt64($0))) == UInt8($0 & 7) | 1 })
        #expect(t.get(FeatureHashing.mix(UInt64(n + 1))) == 0)
    }
}
