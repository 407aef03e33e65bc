import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("POST /api/extract limits")
struct ArticleExtractorTests {
    /// Bodies the extractor must refuse, the status, and a word the error must name.
    @Test("bad bodies get a 4xx JSON error", arguments: [
        ("text/plain", [UInt8](repeating: 0x61, count: 5000), 413, "limit"),
        ("text/plain", [0x66, 0x6F, 0xFF, 0xFE, 0x20, 0x6F], 400, "UTF-8"),
        ("text/plain", [], 400, "empty"),
        ("application/json", Array(#"{"txt": "no text key"}"#.utf8), 400, "text"),
        ("application/json", Array(#"{"text": "Seoul said so.", "published": "2019-13-01"}"#.utf8), 400, "published"),
        ("application/json", Array(#"{"text": "   "}"#.utf8), 400, "empty"),
    ])
    func badBodies(contentType: String, body: [UInt8], status: Int, word: String) async throws {
        try await ServerFixtures.withServer(maxBodyBytes: 4096) { client in
            try await client.execute(uri: "/api/extract", method: .post, headers: [.contentType: contentType],
                                     body: ByteBuffer(bytes: body)) { r in
                #expect(r.status.code == status)
                let message = try ServerFixtures.json(r)["error"] as? String ?? ""
                #expect(message.localizedCaseInsensitiveContains(word), "\(message)")
            }
        }
    }

    @Test("an oversized body is refused over a real socket too, without reading it all")
    func oversizedLive() async throws {
        try await ServerFixtures.withServer(.live, maxBodyBytes: 1024) { client in
            try await client.execute(uri: "/api/extract", method: .post, headers: [.contentType: "text/plain"],
                                     body: ByteBuffer(repeating: 0x61, count: 200_000)) { r in
                #expect(r.status == .contentTooLarge)
                let o = try ServerFixtures.json(r)
                #expect(o["error"] != nil)
            }
        }
    }
}
