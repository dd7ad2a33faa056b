import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Recruiters' tags: `PUT/GET /v1/tags/{id}`, `GET /v1/tags?since=…`, `GET /v1/tags/export?format=jsonl|csv`.
struct TagRoutes {
    let service: ClassifierService

    func register(on router: Router<BasicRequestContext>) {
        router.put("/v1/tags/:id") { request, context in
            guard HTTPBody.mediaType(request) == "application/json" else { throw ServerError.unsupportedMediaType(HTTPBody.mediaType(request)) }
            let id = try context.parameters.require("id")
            let body = try await HTTPBody.read(request, limit: service.configuration.maxBodyBytes)
            return try HTTPBody.json(try service.saveTag(id: id, try HTTPBody.decodeJSON(TagInput.self, from: body)))
        }
        router.get("/v1/tags/export") { request, _ in
            let tags = try service.store.tags(since: try Self.since(request))
            switch request.uri.queryParameters.get("format") ?? "jsonl" {
            case "jsonl": return HTTPBody.text(try TagExport.jsonLines(tags), type: "application/x-ndjson; charset=utf-8")
            case "csv": return HTTPBody.text(TagExport.csv(tags), type: "text/csv; charset=utf-8")
            case let other: throw ServerError.badRequest("unknown export format \"\(other)\": use jsonl or csv")
            }
        }
        router.get("/v1/tags/:id") { _, context in
            let id = try context.parameters.require("id")
            guard let tag = try service.store.tag(id: id) else { throw ServerError.notFound("no tag with id \"\(id)\"") }
            return try HTTPBody.json(tag)
        }
        router.get("/v1/tags") { request, _ in
            try HTTPBody.json(TagList(tags: try service.store.tags(since: try Self.since(request))))
        }
    }

    struct TagList: Encodable { var tags: [Tag] }

    /// `since` (an ISO 8601 date or date-time, any offset) as the stored UTC form, so that
    /// timestamps compare as strings.
    static func since(_ request: Request) throws -> String? {
        guard let since = request.uri.queryParameters.get("since") else { return nil }
        let full = ISO8601DateFormatter()
        full.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let plain = ISO8601DateFormatter()
        let day = ISO8601DateFormatter()
        day.formatOptions = [.withFullDate]
        guard let date = full.date(from: since) ?? plain.date(from: since) ?? day.date(from: since) else {
            throw ServerError.badRequest("since must be an ISO 8601 date or date-time, like 2026-11-01 or 2026-11-01T09:00:00Z")
        }
        return ClassifierService.timestamp(date)
    }
}

/// Tags as JSON Lines (what `classify train --tags` reads) or CSV.
public enum TagExport {
    public static func jsonLines(_ tags: [Tag]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try tags.map { String(decoding: try encoder.encode($0), as: UTF8.self) + "\n" }.joined()
    }

    public static func csv(_ tags: [Tag]) -> String {
        func field(_ value: String) -> String {
            value.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
        }
        var lines = ["id,role,predicted_role,predicted_confidence,status,skills_added,skills_removed,seniority,note,title,created_at,updated_at"]
        for tag in tags {
            lines.append([tag.id, tag.role, tag.predictedRole ?? "", tag.predictedConfidence.map { String(format: "%.4f", $0) } ?? "",
                          tag.status.rawValue, tag.skillsAdded.joined(separator: ";"), tag.skillsRemoved.joined(separator: ";"),
                          tag.seniority ?? "", tag.note ?? "", tag.title ?? "", tag.createdAt, tag.updatedAt].map(field).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
