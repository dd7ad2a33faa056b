import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// An API error that builds its own response: `{"error": {"code", "message"}}` with the right
/// status, the same shape every time, and never a stack trace or a server path.
public struct ServerError: HTTPResponseError, Sendable {
    public var status: HTTPResponse.Status
    public var code: String
    public var message: String

    public init(_ status: HTTPResponse.Status, code: String, message: String) {
        self.status = status
        self.code = code
        self.message = message
    }

    /// The JSON body every error has.
    struct Body: Encodable {
        struct Detail: Encodable {
            var code: String
            var message: String
        }

        var error: Detail
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(Body(error: .init(code: code, message: message)))
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func badRequest(_ message: String) -> ServerError { .init(.badRequest, code: "bad_request", message: message) }
    static func notFound(_ message: String) -> ServerError { .init(.notFound, code: "not_found", message: message) }
    static func unauthorized() -> ServerError {
        .init(.unauthorized, code: "unauthorized", message: "a valid Authorization: Bearer token is required")
    }
    static func tooLarge(_ message: String) -> ServerError { .init(.contentTooLarge, code: "too_large", message: message) }
    static func unsupportedMediaType(_ type: String?) -> ServerError {
        .init(.unsupportedMediaType, code: "unsupported_media_type",
              message: "content type \(type ?? "(none)") is not accepted: send application/json, text/html or text/plain")
    }
    static func notAPosting(_ reason: String) -> ServerError { .init(.unprocessableContent, code: "not_a_posting", message: reason) }
}
