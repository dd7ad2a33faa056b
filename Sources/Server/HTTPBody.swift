import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Reading request bodies and writing responses the same way in every route.
enum HTTPBody {
    /// The body, up to `limit` bytes; over it, a 413.
    static func read(_ request: Request, limit: Int) async throws -> Data {
        do {
            var buffer = try await request.body.collect(upTo: limit)
            return Data(buffer.readBytes(length: buffer.readableBytes) ?? [])
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw ServerError.tooLarge("the request body is over the limit of \(limit) bytes")
        }
    }

    /// The media type without parameters, lowercased: `text/html; charset=utf-8` → `text/html`.
    static func mediaType(_ request: Request) -> String? {
        request.headers[.contentType].map { $0.split(separator: ";")[0].trimmingCharacters(in: .whitespaces).lowercased() }
    }

    static func decodeJSON<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch DecodingError.dataCorrupted {
            throw ServerError.badRequest("malformed JSON")
        } catch DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context) {
            throw ServerError.badRequest("wrong type at \(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)")
        } catch DecodingError.keyNotFound(let key, _) {
            throw ServerError.badRequest("missing field: \(key.stringValue)")
        } catch {
            throw ServerError.badRequest("malformed JSON")
        }
    }

    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return bytes(try encoder.encode(value), type: "application/json; charset=utf-8", status: status)
    }

    static func bytes(_ data: Data, type: String, status: HTTPResponse.Status = .ok, headers extra: HTTPFields = [:]) -> Response {
        var headers = extra
        headers[.contentType] = type
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func text(_ text: String, type: String, status: HTTPResponse.Status = .ok) -> Response {
        bytes(Data(text.utf8), type: type, status: status)
    }
}
