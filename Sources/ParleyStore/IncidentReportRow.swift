import GRDB

/// A row of `incident_reports`: links an incident to one event report that is evidence of it.
public struct IncidentReportRow: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "incident_reports"

    public var incidentID: String
    public var eventID: Int64

    public enum Columns {
        public static let incidentID = Column(CodingKeys.incidentID)
        public static let eventID = Column(CodingKeys.eventID)
    }

    enum CodingKeys: String, CodingKey { case incidentID = "incident_id", eventID = "event_id" }
}
