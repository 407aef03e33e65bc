import Foundation
import Testing
@testable import Parley

struct ArticleTextTests {
    static let cases: [([UInt8], ParleyError.Code?)] = [
        (Array("Envoys met.".utf8), nil),
        ([0xEF, 0xBB, 0xBF] + Array("Envoys met.".utf8), nil),
        (Array("Envoys".utf8) + [0x00, 0x01], .binary),
        (Array("caf".utf8) + [0xE9, 0x20], .invalidUTF8),
        ([0xC0, 0xAF], .invalidUTF8),
        ([0xED, 0xA0, 0x80], .invalidUTF8),
        (Array("  \n\t ".utf8), .empty),
        ([], .empty),
    ]

    @Test(arguments: cases)
    func checksBytes(_ bytes: [UInt8], _ expected: ParleyError.Code?) {
        do {
            _ = try ArticleText.decode(Data(bytes), input: "a.txt")
            #expect(expected == nil)
        } catch {
            #expect(error.code == expected)
            #expect(error.description.hasPrefix("a.txt: "))
        }
    }

    @Test func missingFileAndFolder() {
        #expect(throws: ParleyError.self) { try ArticleText.read(path: "/nonexistent/article.txt") }
        do {
            _ = try ArticleText.read(path: NSTemporaryDirectory())
        } catch {
            #expect(error.code == .isDirectory)
        }
    }
}
