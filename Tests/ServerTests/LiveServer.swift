import Core
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
@testable import Server

/// A real server on a loopback port (port 0, chosen by the system), with the repository's
/// model and a fresh tag store, for one test.
enum LiveServer {
    static let model: RoleModel = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try! ModelFile.read(root.appendingPathComponent("models/iam-roles.model").path)
    }()
    static let classifier = Classifier(model: model)

    static func temporaryStore() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("tags-\(UUID().uuidString).sqlite").path
    }

    static func run<Value: Sendable>(
        token: String? = nil, store: String = temporaryStore(), maxBodyBytes: Int = ServerConfiguration.defaultMaxBodyBytes,
        maxBatchItems: Int = 5, _ test: @Sendable (any TestClientProtocol) async throws -> Value
    ) async throws -> Value {
        var logger = Logger(label: "test")
        logger.logLevel = .warning
        let configuration = ServerConfiguration(host: "127.0.0.1", port: 0, token: token, storePath: store,
                                                maxBodyBytes: maxBodyBytes, maxBatchItems: maxBatchItems)
        let app = buildApplication(configuration: configuration, classifier: classifier, store: try TagStore(path: store), logger: logger)
        return try await app.test(.live, test)
    }
}

extension TestClientProtocol {
    /// Sends a request and returns status, headers and body.
    func send(_ method: HTTPRequest.Method, _ uri: String, type: String? = nil, body: String? = nil,
              headers extra: HTTPFields = [:]) async throws -> (status: HTTPResponse.Status, headers: HTTPFields, body: String) {
        var headers = extra
        if let type { headers[.contentType] = type }
        return try await execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) }) { response in
            (response.status, response.headers, String(buffer: response.body))
        }
    }
}

/// The JSON object or array in a response body.
func json(_ body: String) -> Any? { try? JSONSerialization.jsonObject(with: Data(body.utf8)) }
