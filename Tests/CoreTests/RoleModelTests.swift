import Foundation
import Ingest
import Testing
@testable import Core

/// Training, the model file and the classification contract, on a small corpus written here.
struct RoleModelTests {
    static let taxonomy: Taxonomy = {
        func role(_ id: String) -> RoleTaxonomy.Role { .init(id: id, name: id.uppercased(), description: id) }
        let roles = RoleTaxonomy(formatVersion: 1, none: role("none"), roles: [role("iam-engineer"), role("pam-engineer")])
        var okta = SkillTaxonomy.Alias(text: "Okta")
        okta.matchCase = false
        let skills = SkillTaxonomy(formatVersion: 1, categories: [.init(id: "identity-platform", name: "Platforms", identitySignal: true)],
                                   skills: [.init(id: "okta", name: "Okta", category: "identity-platform", aliases: [okta])])
        return Taxonomy(roles: roles, skills: skills)
    }()

    static func posting(_ title: String, _ body: String) -> Posting {
        Posting(source: title, title: title, sections: [.init(heading: nil, kind: .responsibilities, text: body)])
    }

    static let corpus: LabeledCorpus = {
        var documents: [LabeledCorpus.Document] = []
        let engineer = ["Configure Okta SSO and SCIM provisioning for applications", "Okta lifecycle rules and SAML onboarding",
                        "Okta sign-on policies and SCIM connectors", "Build JML automation in Okta Workflows",
                        "SAML and OIDC onboarding in Okta"]
        let pam = ["Vault privileged credentials and rotate passwords in CyberArk", "Privileged session recording and CyberArk safes",
                   "Rotate service account secrets in the vault", "Just-in-time privileged access with CyberArk",
                   "CyberArk vaulting of privileged accounts"]
        let none = ["Serve customers at the front desk of the hotel", "Cook breakfast for hotel guests in the kitchen",
                    "Drive the delivery van and load parcels", "Teach mathematics to secondary school pupils",
                    "Clean hotel rooms and restock the minibar"]
        for (label, bodies, title) in [("iam-engineer", engineer, "Okta Engineer"), ("pam-engineer", pam, "PAM Engineer"),
                                       ("none", none, "Hotel Worker")] {
            for (i, body) in bodies.enumerated() {
                documents.append(.init(id: "\(label)/\(i).txt", label: label, posting: posting(title, body)))
            }
        }
        return LabeledCorpus(documents: documents)
    }()

    static func train() throws -> RoleModel {
        var settings = Hyperparameters()
        settings.minDocumentFrequency = 1
        return try Trainer.train(corpus, taxonomy: taxonomy, hyperparameters: settings, folds: 5, trainingDate: "2026-01-01")
    }

    @Test func trainingTwiceGivesByteIdenticalModels() throws {
        #expect(try ModelFile.encode(Self.train()) == ModelFile.encode(Self.train()))
    }

    @Test func modelFileRoundTripsToTheSameAnswers() throws {
        let model = try Self.train()
        let data = try ModelFile.encode(model)
        let loaded = try ModelFile.decode(data, path: "m")
        #expect(try ModelFile.encode(loaded) == data)
        let posting = Self.posting("Identity Engineer", "Okta SCIM provisioning and SAML onboarding")
        #expect(loaded.classify(posting) == model.classify(posting))
        #expect(loaded.metadata.trainingDate == "2026-01-01")
    }

    @Test func classificationRanksEveryRoleAndFindsTheRightOne() throws {
        let model = try Self.train()
        let answer = model.classify(Self.posting("CyberArk Administrator", "Rotate privileged credentials and record sessions in CyberArk"))
        #expect(answer.role == "pam-engineer")
        #expect(answer.ranking.map(\.role).sorted() == ["iam-engineer", "pam-engineer"])
        #expect(answer.ranking.first?.role == "pam-engineer")
        #expect((0...1).contains(answer.confidence))
        #expect(!answer.evidence.isEmpty)
        let other = model.classify(Self.posting("Hotel Receptionist", "Serve guests at the front desk"))
        #expect(other.role == "none")
        #expect(other.ranking.count == 2)
    }

    @Test func badModelFilesGiveClearErrors() throws {
        let data = try ModelFile.encode(Self.train())
        func reason(_ bytes: Data) -> String {
            do { _ = try ModelFile.decode(bytes, path: "m"); return "loaded" } catch { return error.description }
        }
        #expect(reason(Data("PK\u{3}\u{4}not a model at all".utf8)).contains("not a role model file"))
        var newer = data
        newer[8] = 99
        #expect(reason(newer).contains("model format 99 is newer than this build reads (1)"))
        #expect(reason(data.prefix(data.count / 2)).contains("truncated"))
        #expect(reason(data.prefix(10)).contains("truncated"))
        var corrupt = data
        corrupt[data.count - 100] ^= 0xFF
        #expect(reason(corrupt).contains("corrupt"))
        #expect(reason(data) == "loaded")
    }

    @Test func foldsAreStratifiedByLabelInSortedOrder() {
        let folds = Self.corpus.folds(5)
        for label in ["iam-engineer", "pam-engineer", "none"] {
            let mine = Self.corpus.documents.indices.filter { Self.corpus.documents[$0].label == label }.map { folds[$0] }
            #expect(mine == [0, 1, 2, 3, 4])
        }
    }
}
