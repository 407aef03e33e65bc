import Foundation
import Testing
@testable import ParleyStore

@Suite struct LZ4BlockTests {
    /// Deterministic bytes for the cases (SplitMix64).
    static func noise(_ count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return UInt8(truncatingIfNeeded: z ^ (z >> 31))
        }
    }

    static let json = Array("""
        {"entities":[{"actor":"a1","end":12,"start":0,"text":"Ana Ruiz","type":"PERSON"},\
        {"actor":null,"end":30,"start":24,"text":"Lisbon","type":"GPE"},\
        {"actor":"a2","end":52,"start":40,"text":"Omar Haddad","type":"PERSON"}],\
        "events":[{"cameo":"040","date":"2019-03-02","id":"e1","type":"CONSULT"},{"cameo":"040","date":"2019-03-03","id":"e2","type":"CONSULT"}]}
        """.utf8)

    static let cases: [(String, [UInt8])] = [
        ("empty", []),
        ("one byte", [65]),
        ("twelve bytes, too short for a match", Array("abcabcabcabc".utf8)),
        ("thirteen bytes", Array("abcabcabcabca".utf8)),
        ("a document JSON", json),
        ("incompressible noise", noise(10_000, seed: 7)),
        ("a long run (lengths of many 255 bytes, offset 1)", [UInt8](repeating: 0x20, count: 200_000)),
        ("a repeat at the farthest offset", { let n = noise(65_535, seed: 3); return n + n.prefix(100) + noise(50, seed: 4) }()),
        ("a repeat just out of reach", { let n = noise(65_536, seed: 5); return n + n.prefix(100) + noise(50, seed: 6) }()),
        ("noise with matches in it", { var b = noise(3_000, seed: 9); b += b[100..<900]; b += noise(40, seed: 10); b += b[0..<2_000]; return b }()),
    ]

    @Test(arguments: cases)
    func aBlockDecodesToWhatWasCompressed(_ name: String, _ input: [UInt8]) throws {
        let block = LZ4Block.compress(input)
        #expect(block.count <= LZ4Block.bound(input.count), "\(name)")
        let back = try block.withUnsafeBytes { try LZ4Block.decompress($0, count: input.count) }
        #expect(back == input, "\(name)")
    }

    @Test func aDocumentJSONShrinksAndARunShrinksToAlmostNothing() {
        let doc = (0..<20).flatMap { _ in Self.json }
        #expect(LZ4Block.compress(doc).count * 4 < doc.count)
        #expect(LZ4Block.compress([UInt8](repeating: 0, count: 100_000)).count < 500)
    }

    /// Made by the reference implementation (Python's `lz4.block.compress(…, store_size=False)`).
    @Test func aBlockOfTheReferenceImplementationDecodes() throws {
        let block: [UInt8] = [
            0xff, 0x0d, 0x74, 0x68, 0x65, 0x20, 0x74, 0x61, 0x6c, 0x6b, 0x73, 0x20, 0x69, 0x6e, 0x20, 0x4f, 0x73, 0x6c, 0x6f, 0x20,
            0x72, 0x61, 0x6e, 0x20, 0x6c, 0x6f, 0x6e, 0x67, 0x3b, 0x20, 0x1c, 0x00, 0x07, 0x2f, 0x65, 0x72, 0x1e, 0x00, 0x08, 0x50,
            0x67, 0x65, 0x73, 0x74, 0x2e,
        ]
        let text = "the talks in Oslo ran long; the talks in Oslo ran longer; the talks in Oslo ran longest."
        let out = try block.withUnsafeBytes { try LZ4Block.decompress($0, count: text.utf8.count) }
        #expect(String(decoding: out, as: UTF8.self) == text)
    }

    static let damaged: [(String, [UInt8], Int)] = [
        ("nothing at all", [], 4),
        ("literals running past the block", [0x50, 0x61, 0x62], 5),
        ("a match offset of zero", [0x10, 0x61, 0x00, 0x00, 0x00], 6),
        ("a match reaching before the start", [0x10, 0x61, 0x05, 0x00, 0x00], 6),
        ("a match longer than the size given", [0x1f, 0x61, 0x01, 0x00, 0xff, 0x10], 20),
        ("a size larger than the block makes", [0x20, 0x61, 0x62], 3),
        ("a cut-off offset", [0x10, 0x61, 0x01], 6),
    ]

    @Test(arguments: damaged)
    func aDamagedBlockIsAnErrorNotACrash(_ name: String, _ block: [UInt8], _ count: Int) {
        #expect(throws: LZ4Block.DecodingError.self, "\(name)") {
            try block.withUnsafeBytes { try LZ4Block.decompress($0, count: count) }
        }
    }
}
