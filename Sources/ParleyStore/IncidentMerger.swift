import Parley
/// Decides which event reports are the same incident.
///
/// Two reports are one incident when they have the same PLOVER type, the same actors, and dates
/// whose intervals overlap (``TimexInterval``); the relation is closed transitively (union-find), so
/// the incidents are the connected components and do not depend on the order of ingestion.
///
/// - Actors compare by ``ActorKey`` (a country acting by its ISO code, anyone else by normalised name),
///   as sets: the sources of one report must be the sources of the other, and the targets the targets.
/// - For the symmetric types (``symmetricTypes``: CONSULT, COOPERATE, AGREE, where both sides act)
///   sources and targets may be swapped.
/// - A report without a usable date (nil, `PAST_REF`, a duration) overlaps nothing: it is an incident of its own.
/// - A report with neither source nor target is an incident of its own.
public enum IncidentMerger {
    /// Types where "A met B" and "B met A" are the same event.
    public static let symmetricTypes: Set<String> = ["CONSULT", "COOPERATE", "AGREE"]

    /// The key reports must share to merge; `eventKey` makes a report without actors unique.
    public static func mergeKey(type: String, sources: [String], targets: [String], eventKey: String) -> String {
        let t = type.uppercased()
        let s = Array(Set(sources)).sorted().joined(separator: ",")
        let g = Array(Set(targets)).sorted().joined(separator: ",")
        if s.isEmpty && g.isEmpty { return t + "|solo|" + eventKey }
        if symmetricTypes.contains(t) {
            return t + "|" + min(s, g) + "|" + max(s, g)
        }
        return t + "|" + s + ">" + g
    }

    /// One report as the merge sees it.
    public struct Report: Sendable, Hashable {
        public var rowID: Int64
        public var key: String
        public var articleID: Int64
        public var interval: TimexInterval?

        public init(rowID: Int64, key: String, articleID: Int64, interval: TimexInterval?) {
            self.rowID = rowID
            self.key = key
            self.articleID = articleID
            self.interval = interval
        }
    }

    /// The incidents of reports sharing one merge key: groups of reports, each sorted by key,
    /// the groups sorted by their first key.
    public static func components(_ reports: [Report]) -> [[Report]] {
        // Canonical order first, so the result does not depend on the order rows came in.
        let sorted = reports.sorted { $0.key < $1.key }
        var parent = Array(sorted.indices)
        func find(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        func union(_ a: Int, _ b: Int) {
            let ra = find(a), rb = find(b)
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        // Sweep the dated reports by start day; each overlaps the running group while it starts
        // on or before the group's last day.
        let dated = sorted.indices.filter { sorted[$0].interval != nil }
            .sorted { (sorted[$0].interval?.first ?? 0, sorted[$0].key) < (sorted[$1].interval?.first ?? 0, sorted[$1].key) }
        var groupHead: Int? = nil
        var groupLast = Int.min
        for i in dated {
            guard let iv = sorted[i].interval else { continue }
            if let head = groupHead, iv.first <= groupLast {
                union(head, i)
                groupLast = max(groupLast, iv.last)
            } else {
                groupHead = i
                groupLast = iv.last
            }
        }
        var groups: [Int: [Report]] = [:]
        for i in sorted.indices { groups[find(i), default: []].append(sorted[i]) }
        return groups.values.map { $0.sorted { $0.key < $1.key } }.sorted { $0[0].key < $1[0].key }
    }
}
