import HTTPTypes
import Core
import Foundation
import Ingest

/// What the routes share: the classifier, the posting reader, the tag store and the limits.
/// Every method maps bad input to a ``ServerError`` with the right status.
public struct ClassifierService: Sendable {
    public let classifier: Classifier
    public let store: TagStore
    public let configuration: ServerConfiguration
    let reader = PostingReader()

    public init(classifier: Classifier, store: TagStore, configuration: ServerConfiguration) {
        self.classifier = classifier
        self.store = store
        self.configuration = configuration
    }

    var taxonomy: Taxonomy { classifier.model.taxonomy }

    /// A posting from HTML or text; `source` names it in errors and records.
    func posting(html: String?, text: String?, source: String) throws(ServerError) -> Posting {
        do {
            if let html { return try reader.read(Data(html.utf8), source: source, format: .html) }
            if let text { return try reader.read(Data(text.utf8), source: source, format: .text) }
        } catch {
            throw ServerError.notAPosting(error.reason)
        }
        throw ServerError.badRequest("missing field: give \"html\" or \"text\"")
    }

    /// The record `classify --json` prints for one posting.
    func analyze(_ request: ClassifyRequest) throws(ServerError) -> PostingAnalysis {
        let source = request.id ?? request.url ?? "request"
        let posting = try posting(html: request.html, text: request.text, source: source)
        return classifier.analyze(posting, id: request.id, url: request.url)
    }

    /// Stores a person's tags for requisition `id`.
    func saveTag(id: String, _ input: TagInput, now: Date = Date()) throws -> Tag {
        guard Self.isValidID(id) else {
            throw ServerError.badRequest("tag id must be 1 to 128 letters, digits, '.', '_' or '-'")
        }
        guard let role = input.role, !role.isEmpty else { throw ServerError.badRequest("missing field: role") }
        guard taxonomy.roles.labels.contains(role) else {
            throw ServerError(.unprocessableContent, code: "unknown_role",
                              message: "unknown role \"\(role)\": use one of \(taxonomy.roles.labels.joined(separator: ", "))")
        }
        let skillIDs = Set(taxonomy.skills.skills.map(\.id))
        let unknown = ((input.skillsAdded ?? []) + (input.skillsRemoved ?? [])).filter { !skillIDs.contains($0) }
        if !unknown.isEmpty {
            throw ServerError(.unprocessableContent, code: "unknown_skill", message: "unknown skill ids: \(unknown.joined(separator: ", "))")
        }
        if let seniority = input.seniority, !["entry", "mid", "senior", "lead"].contains(seniority) {
            throw ServerError(.unprocessableContent, code: "unknown_seniority", message: "seniority must be entry, mid, senior or lead")
        }
        let previous = try store.tag(id: id)
        var predictedRole = previous?.predictedRole, confidence = previous?.predictedConfidence
        var title = previous?.title, text = previous?.text
        if input.html != nil || input.text != nil {
            let posting = try posting(html: input.html, text: input.text, source: id)
            let analysis = classifier.analyze(posting, evidence: 0)
            (predictedRole, confidence, title, text) = (analysis.role, analysis.confidence, posting.title, Self.plainText(posting))
        }
        let added = Array(Set(input.skillsAdded ?? [])).sorted(), removed = Array(Set(input.skillsRemoved ?? [])).sorted()
        let status: Tag.Status = role == predictedRole && added.isEmpty && removed.isEmpty ? .accepted : .corrected
        let stamp = Self.timestamp(now)
        return try store.save(Tag(id: id, role: role, predictedRole: predictedRole, predictedConfidence: confidence,
                                  skillsAdded: added, skillsRemoved: removed, seniority: input.seniority, note: input.note,
                                  title: title, text: text, status: status, createdAt: stamp, updatedAt: stamp))
    }

    /// The posting as Markdown-like text (title, `## heading`s, lines) that reads back into the
    /// same sections, for training.
    static func plainText(_ posting: Posting) -> String {
        var lines: [String] = []
        if let title = posting.title { lines.append("# " + title) }
        for section in posting.sections {
            if let heading = section.heading { lines.append("## " + heading) }
            lines.append(section.text)
        }
        return lines.joined(separator: "\n")
    }

    static func isValidID(_ id: String) -> Bool {
        (1...128).contains(id.count) && id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }
}

/// The body of `POST /v1/classify` (and each item of a batch).
public struct ClassifyRequest: Sendable, Codable {
    public var id: String?
    public var html: String?
    public var text: String?
    public var url: String?

    public init(id: String? = nil, html: String? = nil, text: String? = nil, url: String? = nil) {
        self.id = id
        self.html = html
        self.text = text
        self.url = url
    }
}
