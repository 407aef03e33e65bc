/// The order of an event or incident list: by date or by PLOVER type, either way.
///
/// Each case maps to a fixed ORDER BY clause, so no user text ever reaches the SQL.
public enum EventOrder: String, Sendable, Hashable, CaseIterable {
    /// Oldest first; undated last.
    case date
    /// Newest first; undated last.
    case dateDescending = "-date"
    /// By type name, then oldest first.
    case type
    /// By type name descending, then oldest first.
    case typeDescending = "-type"

    /// The ORDER BY clause over `events e`. `date_first IS NULL` first (undated last) matches the
    /// expression indexes of migration "v2-speed", so SQLite walks an index and stops after one page
    /// instead of sorting every matching row (SQLite does not use an index for NULLS LAST).
    var eventsClause: String {
        switch self {
        case .date: "e.date_first IS NULL, e.date_first, e.key"
        case .dateDescending: "e.date_first IS NULL, e.date_first DESC, e.key DESC"
        case .type: "e.type, e.date_first IS NULL, e.date_first, e.key"
        case .typeDescending: "e.type DESC, e.date_first IS NULL, e.date_first, e.key"
        }
    }

    /// The ORDER BY clause over `incidents i`.
    var incidentsClause: String {
        switch self {
        case .date: "i.date_first NULLS LAST, i.id"
        case .dateDescending: "i.date_first DESC NULLS LAST, i.id DESC"
        case .type: "i.type, i.date_first NULLS LAST, i.id"
        case .typeDescending: "i.type DESC, i.date_first NULLS LAST, i.id"
        }
    }
}
