@testable import Core
import Testing
@testable import Report

struct CorpusSummaryTests {
    static func record(_ source: String, role: String, confidence: Double, years: Int? = nil, seniority: String? = nil,
                       skills: [(String, String, Bool?)] = [], identity: Extraction.IdentityType = .workforce) -> PostingAnalysis {
        var record = PostingAnalysis(source: source, error: "")
        record.error = nil
        record.title = "<script>alert('\(source)')</script>"
        record.role = role
        record.confidence = confidence
        record.ranking = [.init(role: role, score: confidence), .init(role: "iam-architect", score: 1 - confidence)]
        record.skills = skills.map { SkillMention(id: $0.0, name: $0.0.uppercased(), category: $0.1, required: $0.2, count: 1) }
        record.yearsExperience = years
        record.seniority = seniority
        record.identityType = identity
        return record
    }

    static let records: [PostingAnalysis] = [
        record("a", role: "iam-engineer", confidence: 0.95, years: 3, seniority: "mid",
               skills: [("okta", "identity-platform", true), ("scim", "protocol", nil), ("cissp", "certification", false)]),
        record("b", role: "iam-engineer", confidence: 0.40, years: 5, seniority: "senior",
               skills: [("okta", "identity-platform", false), ("scim", "protocol", true)], identity: .customer),
        record("c", role: "pam-engineer", confidence: 0.99, years: 8, skills: [("cyberark", "privileged-access", true)]),
        record("d", role: "iam-engineer", confidence: 0.55, years: 10, skills: [("entra-id", "identity-platform", nil)]),
        PostingAnalysis(source: "broken.pdf", error: "not a posting"),
    ]

    static func summary(_ records: [PostingAnalysis] = records) -> CorpusSummary {
        var summary = CorpusSummary(lowConfidenceThreshold: 0.6, lowConfidenceLimit: 2)
        for record in records { summary.add(record) }
        return summary
    }

    @Test func countsRolesSkillsAndFailures() {
        let summary = Self.summary()
        #expect(summary.postings == 4)
        #expect(summary.failures == 1)
        #expect(summary.roles == ["iam-engineer": 3, "pam-engineer": 1])
        #expect(summary.skills["okta"] == 2)
        #expect(summary.requiredShare["okta"] == .init(required: 1, preferred: 1, unstated: 0))
        #expect(summary.pairs["okta|scim"] == 2)
        #expect(summary.confidenceBins[9] == 2 && summary.confidenceBins[4] == 1 && summary.confidenceBins[5] == 1)
        #expect(summary.identityTypes == ["workforce": 3, "customer": 1])
    }

    @Test func keepsTheLeastConfidentUpToTheLimit() {
        let summary = Self.summary()
        #expect(summary.lowConfidence.map(\.source) == ["b", "d"])
        #expect(summary.lowConfidence.first?.runnerUp == "iam-architect")
    }

    @Test func yearsMedianAndRangePerRole() {
        let figure = Self.summary().yearsFigures(labels: ["iam-engineer", "pam-engineer"])
        #expect(figure.map(\.median) == [5, 8])
        #expect(figure.first?.minimum == 3 && figure.first?.maximum == 10 && figure.first?.postings == 3)
    }

    @Test func vendorShareIsWithinTheCategory() {
        let share = Self.summary().vendorShare(category: "identity-platform")
        #expect(share.map(\.id) == ["okta", "entra-id"])
        #expect(abs(share[0].share - 2.0 / 3.0) < 1e-12)
    }

    @Test func mergingPartsEqualsCountingAll() throws {
        var merged = Self.summary(Array(Self.records.prefix(2)))
        merged.merge(Self.summary(Array(Self.records.dropFirst(2))))
        let whole = Self.summary()
        #expect(try ReportFormat.json.render(ReportData(merged, taxonomy: Self.taxonomy))
                == ReportFormat.json.render(ReportData(whole, taxonomy: Self.taxonomy)))
    }

    static let taxonomy: Taxonomy = {
        func role(_ id: String) -> RoleTaxonomy.Role { .init(id: id, name: id.uppercased(), description: id) }
        let categories = ["identity-platform", "protocol", "certification", "privileged-access"].map {
            SkillTaxonomy.Category(id: $0, name: $0.uppercased(), identitySignal: nil)
        }
        return Taxonomy(roles: RoleTaxonomy(formatVersion: 1, none: role("none"), roles: [role("iam-engineer"), role("pam-engineer"), role("iam-architect")]),
                        skills: SkillTaxonomy(formatVersion: 1, categories: categories, skills: []))
    }()

    @Test func htmlIsSelfContainedAndEscapesPostingText() throws {
        let html = try ReportFormat.html.render(ReportData(Self.summary(), taxonomy: Self.taxonomy))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(&#39;b&#39;)&lt;/script&gt;"))
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("src="))
        #expect(html.split(separator: "<svg", omittingEmptySubsequences: false).count >= 8)
    }

    @Test func textAndMarkdownNameEverySection() throws {
        let data = ReportData(Self.summary(), taxonomy: Self.taxonomy)
        let markdown = try ReportFormat.markdown.render(data)
        for heading in ["Postings per role", "Confidence", "Top skills", "Certifications in demand", "Years of experience",
                        "Seniority mix", "Workforce vs customer identity", "Required vs preferred", "Skills that go together",
                        "Vendor share"] {
            #expect(markdown.contains("## \(heading)"), "missing \(heading)")
        }
        #expect(try ReportFormat.text.render(data).contains("IAM job postings: 4 classified, 1 failed"))
    }
}
