import Foundation
import HTTPTypes
import Testing
@testable import Server

/// The API against a live server: answers, the classify contract, and every error status.
@Suite struct APIRoutesTests {
    static let sample = try! String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("corpus/samples/identity-engineer.html"), encoding: .utf8)

    @Test func healthModelTaxonomyAndOpenAPIAreServed() async throws {
        try await LiveServer.run { client in
            #expect(try await client.send(.get, "/healthz").body == #"{"status":"ok"}"#)
            let model = try #require(json(try await client.send(.get, "/v1/model").body) as? [String: Any])
            #expect(model["formatVersion"] as? Int == 1 && (model["features"] as? Int ?? 0) > 1000)
            let roles = try #require(json(try await client.send(.get, "/v1/roles").body) as? [String: Any])
            #expect((roles["roles"] as? [Any])?.count == 8)
            let skills = try #require(json(try await client.send(.get, "/v1/skills").body) as? [String: Any])
            #expect(((skills["skills"] as? [Any])?.count ?? 0) > 100)
            let openapi = try await client.send(.get, "/openapi.yaml")
            #expect(openapi.status == .ok && openapi.body.contains("/v1/classify/batch:"))
        }
    }

    @Test func classifyAnswersTheSameRecordAsTheCommandLine() async throws {
        try await LiveServer.run { client in
            let body = String(data: try JSONEncoder().encode(ClassifyRequest(id: "req-7", html: Self.sample, url: "https://jobs.example/7")),
                              encoding: .utf8)!
            let response = try await client.send(.post, "/v1/classify", type: "application/json", body: body)
            #expect(response.status == .ok)
            let record = try #require(json(response.body) as? [String: Any])
            #expect(record["role"] as? String == "iam-engineer")
            #expect(record["id"] as? String == "req-7" && record["url"] as? String == "https://jobs.example/7")
            #expect((record["ranking"] as? [Any])?.count == 8)
            #expect((record["skills"] as? [[String: Any]])?.contains { $0["id"] as? String == "okta" } == true)
            #expect(record["yearsExperience"] as? Int == 3)
            let raw = try await client.send(.post, "/v1/classify", type: "text/html; charset=utf-8", body: Self.sample)
            #expect((json(raw.body) as? [String: Any])?["role"] as? String == "iam-engineer")
            let plain = try await client.send(.post, "/v1/classify", type: "text/plain",
                                              body: "PAM Engineer\nRotate CyberArk privileged credentials and record admin sessions.")
            #expect((json(plain.body) as? [String: Any])?["role"] as? String == "pam-engineer")
        }
    }

    @Test func everyErrorHasTheRightStatusAndShape() async throws {
        try await LiveServer.run(maxBodyBytes: 4096) { client in
            func expectError(_ response: (status: HTTPResponse.Status, headers: HTTPFields, body: String),
                             _ status: HTTPResponse.Status, _ code: String) {
                #expect(response.status == status, "\(response.body)")
                let error = (json(response.body) as? [String: Any])?["error"] as? [String: Any]
                #expect(error?["code"] as? String == code, "\(response.body)")
                #expect((error?["message"] as? String)?.isEmpty == false)
                #expect(!response.body.contains("/work/") && !response.body.contains("Sources/"))
            }
            expectError(try await client.send(.post, "/v1/classify", type: "application/json", body: "{not json"), .badRequest, "bad_request")
            expectError(try await client.send(.post, "/v1/classify", type: "application/json", body: #"{"id": "x"}"#), .badRequest, "bad_request")
            expectError(try await client.send(.get, "/v1/nothing-here"), .notFound, "not_found")
            expectError(try await client.send(.get, "/v1/tags/unknown"), .notFound, "not_found")
            expectError(try await client.send(.post, "/v1/classify", type: "text/plain", body: String(repeating: "x", count: 5000)),
                        .contentTooLarge, "too_large")
            expectError(try await client.send(.post, "/v1/classify", type: "image/png", body: "png"), .unsupportedMediaType, "unsupported_media_type")
            expectError(try await client.send(.post, "/v1/classify", type: "application/json", body: #"{"html": "   "}"#),
                        .unprocessableContent, "not_a_posting")
            expectError(try await client.send(.post, "/v1/classify", type: "application/json", body: #"{"text": "%PDF-1.4 binary"}"#),
                        .unprocessableContent, "not_a_posting")
        }
    }

    @Test func tokenIsRequiredForTheAPIWhenConfigured() async throws {
        try await LiveServer.run(token: "s3cret") { client in
            let none = try await client.send(.get, "/v1/model")
            let wrong = try await client.send(.get, "/v1/model", headers: [.authorization: "Bearer wrong"])
            let right = try await client.send(.get, "/v1/model", headers: [.authorization: "Bearer s3cret"])
            let page = try await client.send(.post, "/tag/classify", type: "application/x-www-form-urlencoded", body: "requisition=x")
            let health = try await client.send(.get, "/healthz")
            #expect(none.status == .unauthorized && wrong.status == .unauthorized && right.status == .ok)
            #expect(page.status == .unauthorized)
            #expect(health.status == .ok)
        }
        #expect(ServerConfiguration(host: "0.0.0.0", storePath: "x").problem?.contains("requires a token") == true)
        #expect(ServerConfiguration(host: "0.0.0.0", token: "t", storePath: "x").problem == nil)
        #expect(ServerConfiguration(host: "127.0.0.1", storePath: "x").problem == nil)
    }

    @Test func batchAnswersInOrderWithErrorsInPlace() async throws {
        try await LiveServer.run { client in
            let items = [ClassifyRequest(id: "a", text: "PAM Engineer\nRotate CyberArk privileged credentials and record sessions."),
                         ClassifyRequest(id: "b", html: ""),
                         ClassifyRequest(id: "c", html: Self.sample),
                         ClassifyRequest(id: "d", text: "Pastry Chef\nBake croissants and laminate dough every morning.")]
            let body = String(data: try JSONEncoder().encode(items), encoding: .utf8)!
            let response = try await client.send(.post, "/v1/classify/batch", type: "application/json", body: body)
            #expect(response.status == .ok)
            let records = try #require(json(response.body) as? [[String: Any]])
            #expect(records.map { $0["id"] as? String } == ["a", "b", "c", "d"])
            #expect(records.map { $0["role"] as? String } == ["pam-engineer", nil, "iam-engineer", "none"])
            #expect(records[1]["error"] as? String == "not a posting: the input is empty")
            let tooMany = String(data: try JSONEncoder().encode(Array(repeating: items[0], count: 6)), encoding: .utf8)!
            #expect(try await client.send(.post, "/v1/classify/batch", type: "application/json", body: tooMany).status == .contentTooLarge)
            #expect(try await client.send(.post, "/v1/classify/batch", type: "application/json", body: "[]").status == .badRequest)
        }
    }
}
