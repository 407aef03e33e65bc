import Foundation
import Hummingbird
import Parley
import ParleyStore

/// The JSON API under `/api`, over a corpus store. Every route is listed in `Resources/openapi.yaml`.
struct APIRoutes: Sendable {
    let store: Store
    let extractor: ArticleExtractor
    let counts: CountCache

    init(store: Store, extractor: ArticleExtractor) {
        self.store = store
        self.extractor = extractor
        counts = CountCache(path: store.path)
    }

    /// What the list routes take: the filters and paging, and `sort` for events and incidents.
    static let listParameters = FilterParameters.names.union(FilterParameters.paging)

    func add(to router: Router<ParleyRequestContext>) {
        let api = router.group("api")
        api.get("health") { _, _ in
            let c = try store.counts()
            return JSONBody.raw(#"{"status":"ok","articles":\#(c.articles),"events":\#(c.events),"incidents":\#(c.incidents)}"#)
        }
        api.get("events") { request, _ in
            let p = try QueryParameters(request, allowed: Self.listParameters.union(["sort"]))
            let filter = try FilterParameters.filter(p)
            let limit = try FilterParameters.limit(p), offset = try FilterParameters.offset(p)
            let order = try p.choice("sort", EventOrder.self) ?? .date
            let rows = try store.events(filter, limit: limit, offset: offset, order: order)
            return JSONBody.page(rows, total: try counts.count(.events, filter) { () throws(ParleyError) in try store.eventCount(filter) }, limit: limit, offset: offset)
        }
        api.get("incidents") { request, _ in
            let p = try QueryParameters(request, allowed: Self.listParameters.union(["sort"]))
            let filter = try FilterParameters.filter(p)
            let limit = try FilterParameters.limit(p), offset = try FilterParameters.offset(p)
            let order = try p.choice("sort", EventOrder.self) ?? .date
            let rows = try store.incidents(filter, limit: limit, offset: offset, order: order)
            return JSONBody.page(rows, total: try counts.count(.incidents, filter) { () throws(ParleyError) in try store.incidentCount(filter) }, limit: limit, offset: offset)
        }
        api.get("incidents/:id") { request, context in
            _ = try QueryParameters(request, allowed: [])
            let id = try Self.pathParameter("id", context)
            guard let incident = try store.incident(id: id) else {
                throw APIError.notFound("no incident '\(id)'; incident ids come from /api/incidents or /api/events")
            }
            let reports = try store.incidentReports(id: id)
            let day = { (n: Int?) in n.map { JSONBody.string(CalendarDate(dayNumber: $0).iso) } ?? "null" }
            return JSONBody.raw("""
                {"id":\(JSONBody.string(incident.id)),"type":\(JSONBody.string(incident.type)),\
                "first":\(day(incident.dateFirst)),"last":\(day(incident.dateLast)),\
                "reports":\(incident.numReports),"articles":\(incident.numArticles),"items":\(JSONBody.array(reports))}
                """)
        }
        api.get("actors") { request, _ in
            let p = try QueryParameters(request, allowed: Self.listParameters)
            let filter = try FilterParameters.filter(p)
            let limit = try FilterParameters.limit(p), offset = try FilterParameters.offset(p)
            return JSONBody.raw(#"{"limit":\#(limit),"offset":\#(offset),"items":\#(JSONBody.array(try store.actors(filter, limit: limit, offset: offset)))}"#)
        }
        api.get("actors/:id") { request, context in
            let p = try QueryParameters(request, allowed: FilterParameters.paging)
            let name = try Self.pathParameter("id", context)
            let limit = try FilterParameters.limit(p), offset = try FilterParameters.offset(p)
            let actor = try store.actor(named: name)
            let filter = EventFilter(actor: name)
            let total = try counts.count(.events, filter) { () throws(ParleyError) in try store.eventCount(filter) }
            guard !actor.rows.isEmpty || total > 0 else {
                throw APIError.notFound("no actor '\(name)'; actor names come from /api/actors")
            }
            let events = try store.events(filter, limit: limit, offset: offset)
            let info = actor.rows.first.map(actor.jsonLine) ?? #"{"actor":\#(JSONBody.string(name))}"#
            return JSONBody.raw(#"{"actor":\#(info),"events":{"total":\#(total),"limit":\#(limit),"offset":\#(offset),"items":\#(JSONBody.array(events))}}"#)
        }
        api.get("timeline") { request, _ in
            let p = try QueryParameters(request, allowed: FilterParameters.names.union(["by"]))
            let by = try p.choice("by", Store.Period.self) ?? .day
            var table = try store.timeline(try FilterParameters.filter(p), by: by, byType: true)
            table.columns[0] = "period"
            return JSONBody.raw(#"{"by":"\#(by.rawValue)","buckets":\#(JSONBody.array(table))}"#)
        }
        api.get("network") { request, _ in
            let p = try QueryParameters(request, allowed: FilterParameters.names.union(["limit"]))
            let limit = try p.int("limit", default: 100, in: 1...FilterParameters.maxLimit)
            let table = try store.network(try FilterParameters.filter(p), limit: limit)
            return JSONBody.raw(#"{"edges":\#(JSONBody.array(NetworkEdges.withQuad(table)))}"#)
        }
        api.get("places") { request, _ in
            let p = try QueryParameters(request, allowed: FilterParameters.names.union(["limit"]))
            let limit = try p.int("limit", default: 500, in: 1...5000)
            let table = try store.places(try FilterParameters.filter(p), limit: limit)
            return JSONBody.raw(#"{"places":\#(JSONBody.array(table))}"#)
        }
        api.get("articles") { request, _ in
            let p = try QueryParameters(request, allowed: FilterParameters.paging)
            let limit = try FilterParameters.limit(p), offset = try FilterParameters.offset(p)
            let total = try store.counts().articles
            return JSONBody.page(try store.articles(limit: limit, offset: offset), total: total, limit: limit, offset: offset)
        }
        api.get("articles/:id") { request, context in
            _ = try QueryParameters(request, allowed: [])
            let id = try Self.pathParameter("id", context)
            guard let article = try store.article(id: id) else {
                throw APIError.notFound("no article '\(id)'; article ids are the 16 hex digits before the '/' of an event id")
            }
            return JSONBody.raw(ArticleJSON.of(article, id: id))
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
