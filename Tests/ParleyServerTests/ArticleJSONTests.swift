import Foundation
@testable import ParleyServer
import Testing

@Suite("Article JSON")
struct ArticleJSONTests {
    @Test("the text and id go in front of the document's keys, and the result is one valid JSON object", arguments: [
        (#"{"document":{"id":"x"},"events":[]}"#, Optional("abc")), (#"{}"#, nil), ("  {\n \"a\": 1}", Optional("i")),
    ])
    func splice(document: String, id: String?) throws {
        let text = "He said \u{201C}yes\u{201D}.\n\"Quoted\" \\ end"
        let json = ArticleJSON.splice(text: text, into: document, id: id)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["text"] as? String == text)
        #expect(object["id"] as? String == id)
    }
}
