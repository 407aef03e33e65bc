import Foundation
import Hummingbird

/// An error the API answers with: a status and one line saying what was wrong and what to send instead.
///
/// It is written as `{"error": "…"}`.
public struct APIError: HTTPResponseError, Sendable, Hashable {
    public var status: HTTPResponse.Status
    public var message: String

    public init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        jsonResponse
    }

    /// The error as a JSON response.
    var jsonResponse: Response {
        JSONBody.raw(#"{"error":\#(JSONBody.string(message))}"#, status: status)
    }

    /// A malformed query parameter: names it and the format it takes.
    static func badParameter(_ name: String, _ value: String, expected: String) -> APIError {
        APIError(.badRequest, "parameter '\(name)': '\(value)' is not \(expected)")
    }

    static func notFound(_ what: String) -> APIError {
        APIError(.notFound, what)
    }
}

