import HTTPTypes
import Hummingbird
import NIOCore

/// When the server has a token, every call under `/v1/` needs `Authorization: Bearer <token>`;
/// the page sends it as the `classify_token` cookie, set by visiting `/?token=…`.
struct TokenMiddleware<Context: RequestContext>: RouterMiddleware {
    let token: String?

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let token, !token.isEmpty else { return try await next(request, context) }
        let path = request.uri.path
        let guarded = path.hasPrefix("/v1/") || path.hasPrefix("/tag/")
        if guarded {
            let header = request.headers[.authorization]
            let cookie = request.cookies["classify_token"]?.value
            guard header == "Bearer \(token)" || cookie == token else { throw ServerError.unauthorized() }
        }
        return try await next(request, context)
    }
}
