import HTTPTypes
import Hummingbird
import NIOCore
import Logging

/// Turns every failure into a ``ServerError``: framework errors keep their status with a
/// plain message, anything else is logged and answered as a 500 that says nothing about
/// the server's internals.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as ServerError {
            throw error
        } catch let error as any HTTPResponseError {
            throw ServerError(error.status, code: Self.code(error.status), message: Self.message(error.status))
        } catch {
            context.logger.error("request failed", metadata: ["path": .string(request.uri.path), "error": .string("\(type(of: error))")])
            throw ServerError(.internalServerError, code: "internal", message: "the server could not complete the request")
        }
    }

    static func code(_ status: HTTPResponse.Status) -> String {
        switch status {
        case .notFound: return "not_found"
        case .contentTooLarge: return "too_large"
        case .methodNotAllowed: return "method_not_allowed"
        case .badRequest: return "bad_request"
        case .unauthorized: return "unauthorized"
        case .unsupportedMediaType: return "unsupported_media_type"
        default: return "http_\(status.code)"
        }
    }

    static func message(_ status: HTTPResponse.Status) -> String {
        switch status {
        case .notFound: return "no such resource"
        case .contentTooLarge: return "the request body is over the limit"
        default: return status.reasonPhrase
        }
    }
}
