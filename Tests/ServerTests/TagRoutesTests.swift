import Foundation
import HTTPTypes
import Testing
@testable import Server

/// Tags through the API and the page, and their survival across a restart.
@Suite struct TagRoutesTests {
    static func put(_ body: [String: Any]) -> String { String(data: try! JSONSerialization.data(withJSONObject: body), encoding: .utf8)! }

    @Test func tagIsStoredWithStatusAndListedAndExported() async throws {
        try await LiveServer.run { client in
            let accepted = try await client.send(.put, "/v1/tags/req-1", type: "application/json",
                                                 body: Self.put(["role": "pam-engineer", "text": "PAM Engineer\nRotate CyberArk privileged credentials."]))
            #expect(accepted.status == .ok)
            #expect((json(accepted.body) as? [String: Any])?["status"] as? String == "accepted")
            let corrected = try await client.send(.put, "/v1/tags/req-2", type: "application/json",
                                                  body: Self.put(["role": "iam-architect", "skillsAdded": ["terraform"], "note": "design authority",
                                                                  "html": "<h1>Okta Engineer</h1><p>Configure SAML apps and SCIM in Okta.</p>"]))
            let tag = try #require(json(corrected.body) as? [String: Any])
            #expect(tag["status"] as? String == "corrected" && tag["predictedRole"] as? String == "iam-engineer")
            #expect(tag["skillsAdded"] as? [String] == ["terraform"])
            let list = try #require(json(try await client.send(.get, "/v1/tags?since=2000-01-01").body) as? [String: Any])
            #expect((list["tags"] as? [[String: Any]])?.map { $0["id"] as? String } == ["req-1", "req-2"])
            #expect((json(try await client.send(.get, "/v1/tags?since=2999-01-01").body) as? [String: Any])?["tags"] as? [Any] != nil)
            let csv = try await client.send(.get, "/v1/tags/export?format=csv")
            #expect(csv.body.hasPrefix("id,role,predicted_role") && csv.body.contains("req-2,iam-architect,iam-engineer"))
            let lines = try await client.send(.get, "/v1/tags/export?format=jsonl").body.split(separator: "\n")
            #expect(lines.count == 2)
            #expect(try await client.send(.put, "/v1/tags/req-3", type: "application/json", body: Self.put(["role": "wizard"])).status
                    == .unprocessableContent)
            #expect(try await client.send(.put, "/v1/tags/req-3", type: "application/json", body: Self.put(["note": "no role"])).status
                    == .badRequest)
            #expect(try await client.send(.put, "/v1/tags/bad%20id", type: "application/json", body: Self.put(["role": "none"])).status
                    == .badRequest)
            #expect(try await client.send(.get, "/v1/tags?since=yesterday").status == .badRequest)
        }
    }

    @Test func tagSurvivesARestart() async throws {
        let store = LiveServer.temporaryStore()
        try await LiveServer.run(store: store) { client in
            let saved = try await client.send(.put, "/v1/tags/keep-me", type: "application/json",
                                              body: Self.put(["role": "iam-analyst", "text": "IAM Analyst\nRun quarterly access reviews."]))
            #expect(saved.status == .ok)
        }
        try await LiveServer.run(store: store) { client in
            let tag = try #require(json(try await client.send(.get, "/v1/tags/keep-me").body) as? [String: Any])
            #expect(tag["role"] as? String == "iam-analyst")
            #expect((tag["text"] as? String)?.contains("access reviews") == true)
        }
    }

    @Test func pageEscapesPostingTextAndSavesACorrection() async throws {
        try await LiveServer.run { client in
            let home = try await client.send(.get, "/")
            #expect(home.status == .ok && home.body.contains("<textarea") && home.body.contains("Nothing tagged yet"))
            let requisition = "IAM Analyst <script>alert('x')</script>\nRun access reviews in SailPoint and collect SOX evidence."
            let form = "requisition=" + requisition.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            let result = try await client.send(.post, "/tag/classify", type: "application/x-www-form-urlencoded", body: form)
            #expect(result.status == .ok)
            #expect(result.body.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
            #expect(!result.body.contains("<script>alert"))
            #expect(result.body.contains("name=\"keep[]\" value=\"sailpoint\""))
            let save = "id=req-p&source=" + requisition.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
                + "&role=iam-administrator&found=sailpoint,sox&keep[]=sailpoint&add[]=okta&seniority=mid&action=save"
            let saved = try await client.send(.post, "/tag/save", type: "application/x-www-form-urlencoded", body: save)
            #expect(saved.status == .seeOther && saved.headers[.location] == "/?saved=req%2Dp")
            let tag = try #require(json(try await client.send(.get, "/v1/tags/req-p").body) as? [String: Any])
            #expect(tag["role"] as? String == "iam-administrator" && tag["status"] as? String == "corrected")
            #expect(tag["skillsRemoved"] as? [String] == ["sox"] && tag["skillsAdded"] as? [String] == ["okta"])
            let after = try await client.send(.get, "/?saved=req-p")
            #expect(after.body.contains("corrected") && after.body.contains("IAM Administrator"))
            #expect(!after.body.contains("<script>alert"))
        }
    }
}
