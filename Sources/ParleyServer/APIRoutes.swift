import Foundation
import Hummingbird
import Parley
import ParleyStore

/// The JSON API under `/api`, over a corpus store. Every route is listed in `Resources/openapi.yaml`.
///
/// The read routes answer from a ``ResponseCache`` keyed on the path, the normalised parameters and
/// the store's ``StoreVersion``; what they compute on a miss runs off the concurrency threads (``Offload``).
struct APIRoutes: Sendable {
    let store: Store
    let extractor: ArticleExtractor
    let version: StoreVersion
    let counts = CountCache()
    let cache: ResponseCache

    init(store: Store, extractor: ArticleExtractor, cache: ResponseCache = ResponseCache()) throws(ParleyError) {
        self.store = store
        self.extractor = extractor
        self.cache = cache
        version = try StoreVersion(path: store.path)
    }

    /// What the list routes take: the filters and paging, and `sort` for events and incidents.
    static let listParameters = FilterParameters.names.union(FilterParameters.paging)

    /// The JSON body for this request at the store's current version: kept from an earlier request, or
    /// made by `make` (given the version, for the count cache) off the concurrency threads and kept.
    func cached(_ request: Request, _ p: QueryParameters?,
                _ make: @escaping @Sendable (_ version: Int) throws -> String) async throws -> Response {
        let v = try version.current()
        let key = request.uri.path + "?" + (p?.normalized ?? "")
        if let body = cache.body(key, version: v) { return JSONBody.bytes(body) }
        let body = try await Offload.run { ByteBuffer(string: try make(v)) }
        cache.keep(body, key: key, version: v)
        return JSONBody.bytes(body)
    }

    func add(to router: Router<ParleyRequestContext>) {
        let api = router.group("api")
        api.get("health") { request, _ in
            try await cached(request, nil) { _ in
                let c = try store.counts()
                return #"{"status":"ok","articles":\#(c.articles),"events":\#(c.events),"incidents":\#(c.incidents)}"#
            }
        }
        api.get("events") { request, _ in
            let p = try QueryParameters(request, allowed: Self.listParameters.union(["sort"]))
            let filter = try FilterParameters.filter(p)
            let limit = try FilterParameters.limit(p), offset = try FilterParameters.offset(p)
            let order = try p.choice("sort", EventOrder.self) ?? .date
            return try await cached(request, p) { v in
                let rows = try store.events(filter, limit: limit, offset: offset, order: order)
                let total = try counts.count(.events, filter, version: v) { () throws(ParleyError) in try store.eventCount(filter) }
                return JSONBody.page(rows, total: total, limit: limit, offset: offset)
            }
        }
        api.get("incidents") { request, _ in
            let p = try QueryParameters(request, allowed: Self.listParameters.union(["sort"]))
            let filter = try FilterParameters.filter(p)
            let limit = try FilterParameters.limit(p), offset = try FilterParameters.offset(p)
            let order = try p.choice("sort", EventOrder.self) ?? .date
            return try await cached(request, p) { v in
                let rows = try store.incidents(filter, limit: limit, offset: offset, order: order)
                let total = try counts.count(.incidents, filter, version: v) { () throws(ParleyError) in try store.incidentCount(filter) }
                return JSONBody.page(rows, total: total, limit: limit, offset: offset)
            }
        }
        api.get("incidents/:id") { request, context in
            let p = try QueryParameters(request, allowed: [])
            let id = try Self.pathParameter("id", context)
            return try await cached(request, p) { _ in
                guard let incident = try store.incident(id: id) else {
                    throw APIError.notFound("no incident '\(id)'; incident ids come from /api/incidents or /api/events")
                }
                let reports = try store.incidentReports(id: id)
                let day = { (n: Int?) in n.map { JSONBody.string(CalendarDate(dayNumber: $0).iso) } ?? "null" }
                return """
                    {"id":\(JSONBody.string(incident.id)),"type":\(JSONBody.string(incident.type)),\
                    "first":\(day(incident.dateFirst)),"last":\(day(incident.dateLast)),\
                    "reports":\(incident.numReports),"articles":\(incident.numArticles),"items":\(JSONBody.array(reports))}
                    """
            }
        }
        api.get("actors") { request, _ in
            let p = try QueryParameters(request, allowed: Self.listParameters)
            let filter = try FilterParameters.filter(p)
            let limit = try FilterParameters.limit(p), offset = try FilterParameters.offset(p)
            return try await cached(request, p) { _ in
                #"{"limit":\#(limit),"offset":\#(offset),"items":\#(JSONBody.array(try store.actors(filter, limit: limit, offset: offset)))}"#
            }
        }
        api.get("actors/:id") { request, context in
            let p = try QueryParameters(request, allowed: FilterParameters.paging)
            let name = try Self.pathParameter("id", context)
            let limit = try FilterParameters.limit(p), offset = try FilterParameters.offset(p)
            return try await cached(request, p) { v in
                let actor = try store.actor(named: name)
                let filter = EventFilter(actor: name)
                let total = try counts.count(.events, filter, version: v) { () throws(ParleyError) in try store.eventCount(filter) }
                guard !actor.rows.isEmpty || total > 0 else {
                    throw APIError.notFound("no actor '\(name)'; actor names come from /api/actors")
                }
                let events = try store.events(filter, limit: limit, offset: offset)
                let info = actor.rows.first.map(actor.jsonLine) ?? #"{"actor":\#(JSONBody.string(name))}"#
                return #"{"actor":\#(info),"events":{"total":\#(total),"limit":\#(limit),"offset":\#(offset),"items":\#(JSONBody.array(events))}}"#
            }
        }
        api.get("timeline") { request, _ in
            let p = try QueryParameters(request, allowed: FilterParameters.names.union(["by"]))
            let by = try p.choice("by", Store.Period.self) ?? .day
            let filter = try FilterParameters.filter(p)
            return try await cached(request, p) { _ in
                var table = try store.timeline(filter, by: by, byType: true)
                table.columns[0] = "period"
                return #"{"by":"\#(by.rawValue)","buckets":\#(JSONBody.array(table))}"#
            }
        }
        api.get("network") { request, _ in
            let p = try QueryParameters(request, allowed: FilterParameters.names.union(["limit"]))
            let limit = try p.int("limit", default: 100, in: 1...FilterParameters.maxLimit)
            let filter = try FilterParameters.filter(p)
            return try await cached(request, p) { _ in
                #"{"edges":\#(JSONBody.array(NetworkEdges.withQuad(try store.network(filter, limit: limit))))}"#
            }
        }
        api.get("places") { request, _ in
            let p = try QueryParameters(request, allowed: FilterParameters.names.union(["limit"]))
            let limit = try p.int("limit", default: 500, in: 1...5000)
            let filter = try FilterParameters.filter(p)
            return try await cached(request, p) { _ in
                #"{"places":\#(JSONBody.array(try store.places(filter, limit: limit)))}"#
            }
        }
        api.get("articles") { request, _ in
            let p = try QueryParameters(request, allowed: FilterParameters.paging)
            let limit = try FilterParameters.limit(p), offset = try FilterParameters.offset(p)
            return try await cached(request, p) { _ in
                let total = try store.counts().articles
                return JSONBody.page(try store.articles(limit: limit, offset: offset), total: total, limit: limit, offset: offset)
            }
        }
        api.get("articles/:id") { request, context in
            let p = try QueryParameters(request, allowed: [])
            let id = try Self.pathParameter("id", context)
            return try await cached(request, p) { _ in
                guard let article = try store.article(id: id) else {
                    throw APIError.notFound("no article '\(id)'; article ids are the 16 hex digits before the '/' of an event id")
                }
                return ArticleJSON.of(article, id: id)
            }
        }
        api.post("extract") { request, _ in
            _ = try QueryParameters(request, allowed: [])
            let doc = try await extractor.extract(request)
            guard let json = try? doc.jsonData() else {
                throw APIError(.internalServerError, "the document could not be written as JSON; please report this")
            }
            return JSONBody.raw(ArticleJSON.splice(text: doc.text, into: String(decoding: json, as: UTF8.self)))
        }
    }

    /// A path parameter, percent-decoded (actor names hold spaces).
    static func pathParameter(_ name: String, _ context: ParleyRequestContext) throws(APIError) -> String {
        guard let raw = context.parameters.get(name), let value = raw.removingPercentEncoding, !value.isEmpty else {
            throw APIError(.badRequest, "the path parameter '\(name)' is missing or not valid percent-encoded UTF-8")
        }
        return value
    }
}
