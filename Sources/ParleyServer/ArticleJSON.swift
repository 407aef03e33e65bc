import ParleyStore

/// The JSON of one article: the document JSON of the contract with its `text` (and store id) added.
enum ArticleJSON {
    /// A stored article: `{"id": …, "text": …, "document": …, "sentences": …, …}`.
    static func of(_ article: ArticleRow, id: String) -> String {
        splice(text: article.text, into: article.document, id: id)
    }

    /// Adds `text` (and `id`) as the first keys of a document JSON object, whose layers index into that text.
    static func splice(text: String, into document: String, id: String? = nil) -> String {
        var head = "{"
        if let id { head += #""id":\#(JSONBody.string(id)),"# }
        head += #""text":\#(JSONBody.string(text))"#
        let rest = document.drop { $0 != "{" }.dropFirst()
        let body = rest.drop { $0.isWhitespace }
        return head + (body.first == "}" ? "" : ",") + body
    }
}
