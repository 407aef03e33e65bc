import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Parley
@testable import ParleyServer
import ParleyStore
import Testing

@Suite("Response cache")
struct ResponseCacheTests {
    static func body(_ s: String) -> ByteBuffer { ByteBuffer(string: s) }

    @Test("a body is kept for its store version and dropped when the version moves on")
    func versions() {
        let cache = ResponseCache()
        cache.keep(Self.body("seven"), key: "/api/events?", version: 3)
        #expect(cache.body("/api/events?", version: 3) == Self.body("seven"))
        #expect(cache.body("/api/events?", version: 4) == nil)
        #expect(cache.count == 0)
        // A body computed before the store moved to version 4 is not kept, nor served.
        cache.keep(Self.body("stale"), key: "/api/events?", version: 3)
        #expect(cache.body("/api/events?", version: 4) == nil)
        #expect(cache.body("/api/events?", version: 3) == nil)
    }

    /// Bodies kept in turn under the limits, and the keys still kept afterwards.
    @Test("the oldest bodies go first past the size limits", arguments: [
        (10, 1000, ["a", "b", "c", "d"], ["a", "b", "c", "d"]),
        (2, 1000, ["a", "b", "c", "d"], ["c", "d"]),
        (10, 25, ["a", "b", "c", "d"], ["c", "d"]),
        (10, 5, ["a"], []),
    ])
    func limits(entries: Int, bytes: Int, keys: [String], kept: [String]) {
        let cache = ResponseCache(maxEntries: entries, maxBytes: bytes)
        for k in keys { cache.keep(Self.body("0123456789"), key: k, version: 1) }
        #expect(keys.filter { cache.body($0, version: 1) != nil } == kept)
    }

    /// Runs `body` against a server over a fixture store, with a second handle on the store to write through.
    static func withServer(_ body: @escaping @Sendable (any TestClientProtocol, Store) async throws -> Void) async throws {
        var quiet = Logger(label: "parley.serve.test")
        quiet.logLevel = .critical
        let store = try ServerFixtures.store()
        let app = try buildApplication(store: try Store(path: store.path, readOnly: true),
                                       configuration: ServerConfiguration(port: 0), logger: quiet)
        try await app.test(.router) { client in try await body(client, store) }
    }

    static func total(_ client: any TestClientProtocol, _ uri: String) async throws -> Int? {
        try await client.execute(uri: uri, method: .get) { r in try ServerFixtures.json(r)["total"] as? Int }
    }

    @Test("an ingest while the server runs shows at once in every list and in health", arguments: [
        "/api/events", "/api/events?type=AID", "/api/events?country=NOR&limit=5", "/api/incidents",
    ])
    func ingestWhileServing(uri: String) async throws {
        try await Self.withServer { client, store in
            let before = try await Self.total(client, uri)
            #expect(try await Self.total(client, uri) == before)
            let extra = ServerFixtures.document("delta", published: "2018-07-01", place: ("Oslo", "NOR", 59.9, 10.7), events: [
                ServerFixtures.E(type: "AID", source: [ServerFixtures.usa], target: [ServerFixtures.kor, A.nor], date: "2018-07-01"),
            ])
            _ = try store.add(extra, hash: ContentHash.of(text: extra.text, published: extra.info.published))
            _ = try store.merge()
            let after = try await Self.total(client, uri)
            #expect(after == (before ?? 0) + 1, "\(uri)")
            let events = try await client.execute(uri: "/api/health", method: .get) { r in try ServerFixtures.json(r)["events"] as? Int }
            #expect(events == 8)
        }
    }

    @Test("parameters in another order or left empty give the same page", arguments: [
        ("/api/events?type=CONSULT&status=planned", "/api/events?status=planned&q=&type=CONSULT"),
        ("/api/events?limit=2&offset=1", "/api/events?offset=1&limit=2&country="),
    ])
    func sameQuery(first: String, second: String) async throws {
        try await Self.withServer { client, _ in
            let a = try await client.execute(uri: first, method: .get) { r in String(buffer: r.body) }
            let b = try await client.execute(uri: second, method: .get) { r in String(buffer: r.body) }
            #expect(a == b)
            let c = try await client.execute(uri: first, method: .get) { r in String(buffer: r.body) }
            #expect(c == a)
        }
    }

    @Test("a failed request is not kept: a bad parameter fails every time")
    func errorsNotKept() async throws {
        try await Self.withServer { client, _ in
            for _ in 0..<2 {
                try await client.execute(uri: "/api/incidents/nosuch", method: .get) { r in #expect(r.status == .notFound) }
            }
        }
    }

    enum A { static let nor = ServerFixtures.A(name: "Norway", kind: .country, country: "NOR") }
}
