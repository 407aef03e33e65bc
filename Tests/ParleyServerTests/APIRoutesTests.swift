import Foundation
import Hummingbird
import HummingbirdTesting
import Parley
import ParleyServer
import Testing

@Suite("JSON API routes")
struct APIRoutesTests {
    @Test("health gives what the store holds")
    func health() async throws {
        try await ServerFixtures.withServer { client in
            try await client.execute(uri: "/api/health", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType] == "application/json; charset=utf-8")
                let o = try ServerFixtures.json(r)
                #expect(o["status"] as? String == "ok")
                #expect(o["articles"] as? Int == 3)
                #expect(o["events"] as? Int == 7)
            }
        }
    }

    /// Filters as a user writes them in a URL, and how many of the seven reports they keep.
    @Test("event filters keep the reports the CLI would", arguments: [
        ("", 7), ("type=consult", 3), ("type=CONSULT&status=planned", 1), ("country=prk", 6), ("actor=kim", 2),
        ("actor=Moon%20Jae-in", 2), ("from=2018-04-25&to=2018-04-30", 2), ("from=2018-06-01", 1), ("status=negated", 1),
        ("topic=summit", 2), ("q=Panmunjom", 2), ("q=Singapore%20planned", 0), ("country=&type=", 7),
    ])
    func eventFilters(query: String, count: Int) async throws {
        try await ServerFixtures.withServer { client in
            try await client.execute(uri: "/api/events?" + query, method: .get) { r in
                #expect(r.status == .ok, "\(query)")
                let o = try ServerFixtures.json(r)
                #expect(o["total"] as? Int == count, "\(query)")
                #expect((o["items"] as? [[String: Any]])?.count == count, "\(query)")
            }
        }
    }

    @Test("paging: limit and offset walk the list without gaps or repeats, total stays")
    func paging() async throws {
        try await ServerFixtures.withServer { client in
            var seen: [String] = []
            for offset in stride(from: 0, to: 8, by: 3) {
                try await client.execute(uri: "/api/events?limit=3&offset=\(offset)", method: .get) { r in
                    let o = try ServerFixtures.json(r)
                    #expect(o["total"] as? Int == 7)
                    #expect(o["offset"] as? Int == offset)
                    seen += (o["items"] as? [[String: Any]] ?? []).compactMap { $0["event_id"] as? String }
                }
            }
            #expect(seen.count == 7)
            #expect(Set(seen).count == 7)
        }
    }

    @Test("sort orders by date either way", arguments: [("date", "2018-03-01"), ("-date", "2018-06-12"), ("type", "2018-04-20")])
    func sort(order: String, firstDate: String) async throws {
        try await ServerFixtures.withServer { client in
            try await client.execute(uri: "/api/events?sort=\(order)", method: .get) { r in
                let items = try ServerFixtures.json(r)["items"] as? [[String: Any]] ?? []
                #expect(items.first?["date"] as? String == firstDate)
            }
        }
    }

    @Test("incidents merge the two reports of one meeting; the incident lists both with their evidence")
    func incidents() async throws {
        try await ServerFixtures.withServer { client in
            let id: String = try await client.execute(uri: "/api/incidents?type=CONSULT&actor=moon", method: .get) { r in
                let o = try ServerFixtures.json(r)
                #expect(o["total"] as? Int == 1)
                let first = (o["items"] as? [[String: Any]])?.first
                #expect(first?["reports"] as? Int == 2)
                #expect(first?["first"] as? String == "2018-04-27")
                return first?["incident_id"] as? String ?? ""
            }
            try await client.execute(uri: "/api/incidents/\(id)", method: .get) { r in
                #expect(r.status == .ok)
                let o = try ServerFixtures.json(r)
                let reports = o["items"] as? [[String: Any]] ?? []
                #expect(reports.count == 2)
                #expect(Set(reports.compactMap { $0["doc_id"] as? String }) == ["alpha", "beta"])
                #expect(reports.allSatisfy { ($0["sentence"] as? String)?.contains(" met ") == true })
            }
            try await client.execute(uri: "/api/incidents?limit=2", method: .get) { r in
                let o = try ServerFixtures.json(r)
                #expect(o["total"] as? Int == 6)
                #expect((o["items"] as? [Any])?.count == 2)
            }
        }
    }

    @Test("actors come with counts; one actor by name comes with its events")
    func actors() async throws {
        try await ServerFixtures.withServer { client in
            try await client.execute(uri: "/api/actors", method: .get) { r in
                let items = try ServerFixtures.json(r)["items"] as? [[String: Any]] ?? []
                #expect(items.first?["actor"] as? String == "United States")
                #expect(items.first?["events"] as? Int == 5)
            }
            try await client.execute(uri: "/api/actors/Kim%20Jong%20Un", method: .get) { r in
                #expect(r.status == .ok)
                let o = try ServerFixtures.json(r)
                #expect((o["actor"] as? [String: Any])?["country"] as? String == "PRK")
                #expect((o["events"] as? [String: Any])?["total"] as? Int == 2)
            }
            try await client.execute(uri: "/api/actors/Nobody%20Here", method: .get) { r in
                #expect(r.status == .notFound)
            }
        }
    }

    @Test("timeline buckets by day or week and type", arguments: [("day", "2018-04-27", 2), ("week", "2018-W17", 2)])
    func timeline(by: String, period: String, consults: Int) async throws {
        try await ServerFixtures.withServer { client in
            try await client.execute(uri: "/api/timeline?by=\(by)", method: .get) { r in
                let buckets = try ServerFixtures.json(r)["buckets"] as? [[String: Any]] ?? []
                let hit = buckets.first { $0["period"] as? String == period && $0["type"] as? String == "CONSULT" }
                #expect(hit?["events"] as? Int == consults)
                #expect(hit?["incidents"] as? Int == 1)
            }
        }
    }

    @Test("network edges carry counts and the quad class of their type")
    func network() async throws {
        try await ServerFixtures.withServer { client in
            try await client.execute(uri: "/api/network?country=USA", method: .get) { r in
                let edges = try ServerFixtures.json(r)["edges"] as? [[String: Any]] ?? []
                let usPRK = edges.first { $0["source"] as? String == "United States" && $0["target"] as? String == "North Korea" }
                #expect(usPRK?["events"] as? Int == 3)
                #expect(edges.allSatisfy { ($0["quad"] as? Int).map { (1...4).contains($0) } == true })
            }
        }
    }

    @Test("places give coordinates and counts")
    func places() async throws {
        try await ServerFixtures.withServer { client in
            try await client.execute(uri: "/api/places", method: .get) { r in
                let places = try ServerFixtures.json(r)["places"] as? [[String: Any]] ?? []
                #expect(places.first?["place"] as? String == "Seoul")
                #expect(places.first?["events"] as? Int == 3)
                #expect(places.first { $0["place"] as? String == "Singapore" }?["lon"] as? Double == 103.85)
            }
        }
    }

    @Test("an article comes back as its document JSON with the text its offsets index")
    func article() async throws {
        let doc = ServerFixtures.documents[1]
        let id = ServerFixtures.articleID(doc)
        try await ServerFixtures.withServer { client in
            try await client.execute(uri: "/api/articles/\(id)", method: .get) { r in
                #expect(r.status == .ok)
                let data = Data(buffer: r.body)
                let decoded = try JSONDecoder().decode(Document.self, from: data)
                #expect(decoded.text == doc.text)
                #expect(decoded.events.count == 2)
                #expect(decoded.quotes.count == 1)
                let e = decoded.entities[0]
                #expect(decoded.slice(e.start, e.end) == e.text)
            }
            try await client.execute(uri: "/api/articles?limit=2", method: .get) { r in
                let o = try ServerFixtures.json(r)
                #expect(o["total"] as? Int == 3)
                #expect((o["items"] as? [[String: Any]])?.first?["doc_id"] as? String == "gamma")
            }
        }
    }

    @Test("POST /api/extract returns the document JSON of plain text or a JSON body")
    func extract() async throws {
        try await ServerFixtures.withServer { client in
            let text = "SEOUL, April 23 (Wire) -- South Korea's foreign minister met U.S. officials in Seoul on Monday."
            try await client.execute(uri: "/api/extract", method: .post, headers: [.contentType: "text/plain"],
                                     body: ByteBuffer(string: text)) { r in
                #expect(r.status == .ok)
                let doc = try JSONDecoder().decode(Document.self, from: Data(buffer: r.body))
                #expect(doc.text == text)
                #expect(!doc.sentences.isEmpty)
            }
            try await client.execute(uri: "/api/extract", method: .post, headers: [.contentType: "application/json"],
                                     body: ByteBuffer(string: #"{"text": "Japan protested on Monday.", "published": "2019-03-04"}"#)) { r in
                #expect(r.status == .ok)
                let doc = try JSONDecoder().decode(Document.self, from: Data(buffer: r.body))
                #expect(doc.info.published == "2019-03-04")
            }
        }
    }

    /// Requests a user can get wrong, and a word the error must name.
    @Test("bad requests get a 4xx JSON error naming what was wrong, never a 500", arguments: [
        ("/api/events?from=2018-02-30", 400, "from"), ("/api/events?from=yesterday", 400, "from"),
        ("/api/events?from=2018-05-01&to=2018-04-01", 400, "swap"), ("/api/events?type=HUG", 400, "type"),
        ("/api/events?status=maybe", 400, "status"), ("/api/events?country=Korea", 400, "country"),
        ("/api/events?limit=0", 400, "limit"), ("/api/events?limit=abc", 400, "limit"), ("/api/events?offset=-1", 400, "offset"),
        ("/api/events?sort=size", 400, "sort"), ("/api/events?contry=KOR", 400, "contry"), ("/api/timeline?by=month", 400, "by"),
        ("/api/incidents/inc-nope", 404, "inc-nope"), ("/api/articles/0123", 404, "0123"), ("/api/nothing", 404, "/api/nothing"),
        ("/api/actors/%FF%FE", 400, "percent"),
    ])
    func badRequests(uri: String, status: Int, word: String) async throws {
        try await ServerFixtures.withServer { client in
            try await client.execute(uri: uri, method: .get) { r in
                #expect(r.status.code == status, "\(uri)")
                #expect(r.headers[.contentType] == "application/json; charset=utf-8", "\(uri)")
                let message = try ServerFixtures.json(r)["error"] as? String ?? ""
                #expect(message.contains(word), "\(uri): \(message)")
            }
        }
    }

    @Test("a wrong method is a 405 JSON error")
    func wrongMethod() async throws {
        try await ServerFixtures.withServer { client in
            try await client.execute(uri: "/api/events", method: .post) { r in
                #expect((400..<500).contains(r.status.code))
                let o = try ServerFixtures.json(r)
                #expect(o["error"] != nil)
            }
        }
    }
}
