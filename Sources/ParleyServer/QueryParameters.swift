import Foundation
import Hummingbird
import Parley
import ParleyStore

/// Reads and checks query parameters; anything malformed is a 400 that names the parameter and its format.
struct QueryParameters {
    let values: [String: String]

    /// Fails on a parameter the route does not know, so a typo (`?contry=KOR`) is not silently ignored.
    init(_ request: Request, allowed: Set<String>) throws(APIError) {
        var values: [String: String] = [:]
        for (key, value) in request.uri.queryParameters {
            let k = String(key)
            guard allowed.contains(k) else {
                throw APIError(.badRequest, "unknown parameter '\(k)'; this route takes: \(allowed.sorted().joined(separator: ", "))")
            }
            if values[k] == nil { values[k] = String(value) }
        }
        self.values = values
    }

    /// The parameters as the routes read them (trimmed, empty ones dropped), in a fixed order: equal
    /// keys mean equal answers, so `?type=AID&country=FRA` and `?country=FRA&type=AID&q=` share one.
    var normalized: String {
        values.compactMap { k, v -> String? in
            let t = v.trimmingCharacters(in: .whitespaces)
            return t.isEmpty ? nil : k + "\u{1F}" + t
        }.sorted().joined(separator: "\u{1E}")
    }

    /// The trimmed value, or nil when absent or empty (empty form fields mean "no filter").
    func string(_ name: String) -> String? {
        guard let v = values[name]?.trimmingCharacters(in: .whitespaces), !v.isEmpty else { return nil }
        return v
    }

    func int(_ name: String, default value: Int, in range: ClosedRange<Int>) throws(APIError) -> Int {
        guard let s = string(name) else { return value }
        guard let n = Int(s), range.contains(n) else {
            throw .badParameter(name, s, expected: "an integer from \(range.lowerBound) to \(range.upperBound)")
        }
        return n
    }

    func date(_ name: String) throws(APIError) -> CalendarDate? {
        guard let s = string(name) else { return nil }
        guard let d = CalendarDate(iso: s) else {
            throw .badParameter(name, s, expected: "a date; write YYYY-MM-DD, e.g. 2019-03-04")
        }
        return d
    }

    func country(_ name: String) throws(APIError) -> String? {
        guard let s = string(name) else { return nil }
        guard s.count == 3, s.unicodeScalars.allSatisfy({ ($0 >= "A" && $0 <= "Z") || ($0 >= "a" && $0 <= "z") }) else {
            throw .badParameter(name, s, expected: "an ISO 3166 alpha-3 country code, e.g. KOR")
        }
        return s.uppercased()
    }

    func choice<T: RawRepresentable & CaseIterable>(_ name: String, _ type: T.Type) throws(APIError) -> T?
    where T.RawValue == String {
        guard let s = string(name) else { return nil }
        guard let v = T(rawValue: s) else {
            throw .badParameter(name, s, expected: "one of " + T.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return v
    }
}

/// The filters every list route takes: the options of `parley events`, with `q` for `--words`.
enum FilterParameters {
    static let names: Set<String> = ["actor", "country", "type", "from", "to", "status", "topic", "q"]
    static let paging: Set<String> = ["limit", "offset"]

    /// The page size when a request names none, and the largest it may ask for.
    static let defaultLimit = 50
    static let maxLimit = 1000

    /// Reads and checks the filters.
    static func filter(_ p: QueryParameters) throws(APIError) -> EventFilter {
        var f = EventFilter()
        f.actor = p.string("actor")
        f.country = try p.country("country")
        if let t = p.string("type") {
            let name = t.uppercased()
            guard PloverTypes.all.contains(name) else {
                throw .badParameter("type", t, expected: "a PLOVER type; use one of " + PloverTypes.all.sorted().joined(separator: ", "))
            }
            f.type = name
        }
        let from = try p.date("from"), to = try p.date("to")
        if let from, let to, to.dayNumber < from.dayNumber {
            throw APIError(.badRequest, "parameter 'to' (\(to.iso)) is before 'from' (\(from.iso)); swap them")
        }
        f.from = from?.dayNumber
        f.to = to?.dayNumber
        f.status = try p.choice("status", EventStatus.self)?.rawValue
        f.topic = p.string("topic")
        f.words = (p.string("q") ?? "").split(whereSeparator: { $0.isWhitespace }).map(String.init)
        return f
    }

    static func limit(_ p: QueryParameters) throws(APIError) -> Int {
        try p.int("limit", default: defaultLimit, in: 1...maxLimit)
    }

    static func offset(_ p: QueryParameters) throws(APIError) -> Int {
        try p.int("offset", default: 0, in: 0...100_000_000)
    }
}
