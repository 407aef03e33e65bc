import Foundation

/// One article of a JSON Lines input: `{"id", "text", "published", "source", "title", "url"}`.
public struct ArticleRecord: Sendable, Hashable, Codable {
    public var id: String?
    public var text: String
    public var published: String?
    public var source: String?
    public var title: String?
    public var url: String?

    public init(id: String? = nil, text: String, published: String? = nil, source: String? = nil,
                title: String? = nil, url: String? = nil) {
        self.id = id
        self.text = text
        self.published = published
        self.source = source
        self.title = title
        self.url = url
    }

    /// Parses one line of JSON Lines input; `input` and `line` name it in errors.
    public static func parse(_ line: Substring, input: String, line number: Int) throws(ParleyError) -> ArticleRecord {
        let record: ArticleRecord
        do {
            record = try JSONDecoder().decode(ArticleRecord.self, from: Data(line.utf8))
        } catch {
            throw ParleyError(.malformedInput, input: "\(input):\(number)",
                              problem: "not a JSON object with a \"text\" string",
                              fix: "write one object per line: {\"id\": …, \"text\": …, \"published\": \"YYYY-MM-DD\"}")
        }
        if let p = record.published, CalendarDate(iso: p) == nil {
            throw ParleyError(.invalidDate, input: "\(input):\(number)", problem: "published date '\(p)' is not a real YYYY-MM-DD date",
                              fix: "write it as 2018-04-23, or leave it out")
        }
        return record
    }
}
