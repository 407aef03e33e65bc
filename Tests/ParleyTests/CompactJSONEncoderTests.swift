import Foundation
import Testing
@testable import Parley

struct CompactJSONEncoderTests {
    /// What Foundation's encoder writes with the same options, the format the contract was first written in.
    static func foundation<T: Encodable>(_ value: T) throws -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try e.encode(value), as: UTF8.self)
    }

    static func compact<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try CompactJSONEncoder().encode(value), as: UTF8.self)
    }

    struct Sample: Encodable {
        var name: String
        var score: Double
        var count: Int
        var flag: Bool
        var missing: String?
        var list: [Int]
        var nested: [String: [Double]]
    }

    static let strings = ["plain", "quote \" and \\ backslash", "line\nbreak\ttab\r", "bell \u{07} and \u{1F}", "slash / stays",
                          "Kim Jong Un \u{2014} \u{201C}curly\u{201D}", "emoji \u{1F600}", ""]

    @Test(arguments: strings)
    func stringsAsFoundationWritesThem(_ s: String) throws {
        #expect(try Self.compact(s) == Self.foundation(s))
        #expect(try Self.compact(["k": s]) == Self.foundation(["k": s]))
    }

    @Test func objectsNumbersAndNulls() throws {
        let v = Sample(name: "x", score: 0.6, count: -3, flag: true, missing: nil, list: [1, 2, 3],
                       nested: ["zeta": [1, 2.5, 37.5665, -0.125], "alpha": []])
        #expect(try Self.compact(v) == Self.foundation(v))
    }

    @Test func documentAsFoundationWritesIt() throws {
        let doc = try Pipeline.standard().run(text: "Ana Ruiz met Omar Haddad in Paris on Monday. \"We agreed,\" she said.", id: "d1",
                                          published: "2019-03-04")
        #expect(try Self.compact(doc) == Self.foundation(doc))
        #expect(try JSONSerialization.jsonObject(with: doc.jsonData()) is [String: Any])
    }

    @Test func infinityIsAnError() {
        #expect(throws: EncodingError.self) { try CompactJSONEncoder().encode([Double.infinity]) }
    }
}
