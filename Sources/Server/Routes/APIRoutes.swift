import Core
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// `/healthz`, `/openapi.yaml` and the classification API under `/v1`.
struct APIRoutes {
    let service: ClassifierService

    func register(on router: Router<BasicRequestContext>) {
        router.get("/healthz") { _, _ in try HTTPBody.json(["status": "ok"]) }
        router.get("/openapi.yaml") { _, _ in
            guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml"), let data = try? Data(contentsOf: url) else {
                throw ServerError.notFound("the OpenAPI document is missing from this build")
            }
            return HTTPBody.bytes(data, type: "application/yaml")
        }
        router.get("/v1/model") { _, _ in try HTTPBody.json(ModelInfo(service.classifier.model)) }
        router.get("/v1/roles") { _, _ in try HTTPBody.json(service.taxonomy.roles) }
        router.get("/v1/skills") { _, _ in try HTTPBody.json(service.taxonomy.skills) }
        router.post("/v1/classify") { request, _ in
            let body = try await HTTPBody.read(request, limit: service.configuration.maxBodyBytes)
            return try HTTPBody.json(try service.analyze(try Self.classifyRequest(body, type: HTTPBody.mediaType(request))))
        }
        router.post("/v1/classify/batch") { request, _ in
            guard HTTPBody.mediaType(request) == "application/json" else {
                throw ServerError.unsupportedMediaType(HTTPBody.mediaType(request))
            }
            let body = try await HTTPBody.read(request, limit: service.configuration.maxBodyBytes)
            let items = try HTTPBody.decodeJSON([ClassifyRequest].self, from: body)
            guard !items.isEmpty else { throw ServerError.badRequest("the batch is empty: send a JSON array of postings") }
            guard items.count <= service.configuration.maxBatchItems else {
                throw ServerError.tooLarge("a batch of \(items.count) postings is over the limit of \(service.configuration.maxBatchItems)")
            }
            let records = items.enumerated().map { index, item -> PostingAnalysis in
                do throws(ServerError) {
                    return try service.analyze(item)
                } catch {
                    return PostingAnalysis(source: item.id ?? item.url ?? "item \(index)", id: item.id, url: item.url, error: error.message)
                }
            }
            return try HTTPBody.json(records)
        }
    }

    /// A classify request from a JSON body, or a raw `text/html` / `text/plain` body.
    static func classifyRequest(_ body: Data, type: String?) throws -> ClassifyRequest {
        switch type {
        case "application/json":
            return try HTTPBody.decodeJSON(ClassifyRequest.self, from: body)
        case "text/html":
            return ClassifyRequest(html: String(decoding: body, as: UTF8.self))
        case "text/plain":
            return ClassifyRequest(text: String(decoding: body, as: UTF8.self))
        default:
            throw ServerError.unsupportedMediaType(type)
        }
    }
}

/// `GET /v1/model`: which model answers, and how it was measured.
struct ModelInfo: Encodable {
    var formatVersion: UInt32
    var trainingDate: String?
    var corpusDigest: String
    var documents: Int
    var taggedDocuments: Int
    var features: Int
    var labels: [String]
    var crossValidation: RoleModel.Metadata.CrossValidation?

    init(_ model: RoleModel) {
        formatVersion = ModelFile.formatVersion
        trainingDate = model.metadata.trainingDate
        corpusDigest = model.metadata.corpusDigest
        documents = model.metadata.documents
        taggedDocuments = model.metadata.taggedDocuments
        features = model.vocabulary.count
        labels = model.counts.labels
        crossValidation = model.metadata.crossValidation
    }
}
