import Hummingbird
import Logging
import Parley

/// Turns every error a route throws into a JSON `{"error": "…"}` response, so clients never see
/// Hummingbird's default error bodies or an empty 500.
struct JSONErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            return error.jsonResponse
        } catch let error as ParleyError {
            // The store failed (locked, corrupt, gone): the request was fine, the server cannot answer it now.
            context.logger.error("store failure on \(request.method) \(request.uri.path): \(error)")
            return APIError(.serviceUnavailable, "the corpus store cannot be read: \(error.problem); \(error.fix)").jsonResponse
        } catch let error as HTTPError {
            let message = error.body ?? Self.message(for: error.status, path: request.uri.path)
            return APIError(error.status, message).jsonResponse
        } catch let error as any HTTPResponseError {
            return APIError(error.status, Self.message(for: error.status, path: request.uri.path)).jsonResponse
        } catch {
            context.logger.error("unexpected error on \(request.method) \(request.uri.path): \(error)")
            return APIError(.internalServerError, "internal error; please report it with the request that caused it").jsonResponse
        }
    }

    static func message(for status: HTTPResponse.Status, path: String) -> String {
        switch status {
        case .notFound: "no such route or resource: \(path); see /openapi.yaml for the routes"
        case .methodNotAllowed: "method not allowed on \(path); see /openapi.yaml"
        case .contentTooLarge: "request body too large"
        default: status.reasonPhrase
        }
    }
}
