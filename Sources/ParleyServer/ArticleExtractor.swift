import Foundation
import Hummingbird
import Parley
import Synchronization

/// Runs the pipeline over one article sent to `POST /api/extract`, within a size and a time limit.
struct ArticleExtractor: Sendable {
    let pipeline: Pipeline
    let maxBodyBytes: Int
    let timeLimit: Duration

    /// The JSON form of a request: `{"text": "…", "published": "YYYY-MM-DD", "id": "…", "title": "…"}`.
    struct Body: Decodable {
        var text: String
        var published: String?
        var id: String?
        var title: String?
        var source: String?
    }

    /// Reads the request body (plain text, or JSON when the content type says so) and extracts its document.
    func extract(_ request: Request) async throws(APIError) -> Document {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > maxBodyBytes {
            throw tooLarge
        }
        let body = request.body
        let buffer: ByteBuffer
        do {
            buffer = try await body.collect(upTo: maxBodyBytes)
        } catch {
            throw tooLarge
        }
        let text: String
        do {
            text = try ArticleText.decode(Data(buffer.readableBytesView), input: "request body")
        } catch {
            throw APIError(.badRequest, error.problemAndFix)
        }
        let contentType = request.headers[.contentType]?.lowercased() ?? ""
        var article = Body(text: text)
        if contentType.hasPrefix("application/json") {
            do {
                article = try JSONDecoder().decode(Body.self, from: Data(text.utf8))
            } catch {
                throw APIError(.badRequest, "request body: not a JSON object with a \"text\" string; send {\"text\": \"…\", \"published\": \"YYYY-MM-DD\"} or plain text")
            }
            if article.text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
                throw APIError(.badRequest, "request body: \"text\" is empty; send the article's text")
            }
        }
        if let p = article.published, CalendarDate(iso: p) == nil {
            throw APIError.badParameter("published", p, expected: "a date; write YYYY-MM-DD, e.g. 2019-03-04")
        }
        let input = article
        return try await withTimeLimit {
            pipeline.run(text: input.text, id: input.id ?? "request", published: input.published,
                         title: input.title, source: input.source)
        }
    }

    var tooLarge: APIError {
        APIError(.contentTooLarge, "request body is over the \(maxBodyBytes / 1024) KiB limit; send one article at a time")
    }

    /// Runs CPU-bound work off the caller and gives up waiting after ``timeLimit``.
    ///
    /// The pipeline cannot be interrupted, so work that overruns finishes in the background; the body
    /// size limit bounds how long that can be.
    func withTimeLimit(_ work: @escaping @Sendable () -> Document) async throws(APIError) -> Document {
        let limit = timeLimit
        let result: Result<Document, APIError> = await withCheckedContinuation { continuation in
            let once = ResumeOnce(continuation)
            let timer = Task {
                try? await Task.sleep(for: limit)
                if !Task.isCancelled {
                    once.resume(.failure(APIError(.serviceUnavailable,
                                                  "extraction took longer than \(limit); send a shorter article")))
                }
            }
            Task.detached {
                let doc = work()
                timer.cancel()
                once.resume(.success(doc))
            }
        }
        return try result.get()
    }
}

/// Resumes a continuation the first time only: the work and the timer race to it.
final class ResumeOnce: Sendable {
    private let continuation: Mutex<CheckedContinuation<Result<Document, APIError>, Never>?>

    init(_ continuation: CheckedContinuation<Result<Document, APIError>, Never>) {
        self.continuation = Mutex(continuation)
    }

    func resume(_ result: Result<Document, APIError>) {
        let c = continuation.withLock { c -> CheckedContinuation<Result<Document, APIError>, Never>? in
            defer { c = nil }
            return c
        }
        c?.resume(returning: result)
    }
}

extension ParleyError {
    /// The problem and the fix, for a reply that has no file name to give.
    var problemAndFix: String { "\(input): \(problem); \(fix)" }
}
