import GRDB

/// A row of `articles`: one ingested article, its text and its document JSON with every layer.
public struct ArticleRow: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "articles"

    public var id: Int64?
    /// SHA-256 of the text and the published date as given; unique.
    public var hash: String
    /// The document id the input gave (file path, or the JSON Lines `id`).
    public var docID: String
    public var text: String
    public var published: String?
    public var title: String?
    public var source: String?
    public var url: String?
    /// The document JSON of every layer (the contract in DESIGN.md).
    public var document: String
    /// When it was stored, ISO 8601 UTC.
    public var ingestedAt: String

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let hash = Column(CodingKeys.hash)
        public static let docID = Column(CodingKeys.docID)
        public static let published = Column(CodingKeys.published)
        public static let document = Column(CodingKeys.document)
    }

    enum CodingKeys: String, CodingKey {
        case id, hash, docID = "doc_id", text, published, title, source, url, document, ingestedAt = "ingested_at"
    }

    /// Reads the columns by name; `document` as ``StoredDocument`` keeps it (a block, or text in older stores).
    public init(row: Row) throws {
        id = row[CodingKeys.id.rawValue]
        hash = row[CodingKeys.hash.rawValue]
        docID = row[CodingKeys.docID.rawValue]
        text = row[CodingKeys.text.rawValue]
        published = row[CodingKeys.published.rawValue]
        title = row[CodingKeys.title.rawValue]
        source = row[CodingKeys.source.rawValue]
        url = row[CodingKeys.url.rawValue]
        document = try StoredDocument.json(row[CodingKeys.document.rawValue] as DatabaseValue)
        ingestedAt = row[CodingKeys.ingestedAt.rawValue]
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
