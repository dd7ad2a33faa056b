import Foundation
import Ingest
import Testing
@testable import Core

/// Extraction with the repository's own taxonomy files, so that the data is tested with the code.
struct SkillExtractorTests {
    static let taxonomy = try! Taxonomy.load(directory: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("corpus/taxonomy").path)
    let extractor = SkillExtractor(taxonomy: taxonomy)

    static func posting(title: String = "IAM Engineer", _ sections: [(Posting.Section.Kind, String)]) -> Posting {
        Posting(source: "test", title: title, sections: sections.map { .init(heading: nil, kind: $0.0, text: $0.1) })
    }

    func years(_ line: String, kind: Posting.Section.Kind = .requirements) -> Int? {
        extractor.extract(Self.posting([(kind, line)])).yearsExperience
    }

    @Test func yearsAreTheSmallestNumberAskedInManyPhrasings() {
        #expect(years("3+ years of Okta administration") == 3)
        #expect(years("Five or more years in identity") == 5)
        #expect(years("3-5 yrs experience with SailPoint") == 3)
        #expect(years("A minimum of 2 years' experience in IT") == 2)
        #expect(years("At least one year in a service desk") == 1)
        #expect(years("8+ years in infrastructure, 3 of them in identity") == 3)
        #expect(years("At least 6 years, with at least 4 hands-on with CyberArk") == 4)
        #expect(years("Around a year of hands-on experience with AWS") == 1)
        #expect(years("7+ years managing programmes\n10 years of experience leading teams") == 7)
    }

    @Test func yearsThatAreNotExperienceAreIgnored() {
        #expect(years("We have served customers for 140 years.", kind: .about) == nil)
        #expect(years("Deliver a three-year identity roadmap", kind: .responsibilities) == nil)
        #expect(years("We moved to Okta two years ago.", kind: .about) == nil)
        #expect(years("401(k) match after one year; two volunteer days a year. Hybrid work.", kind: .benefits) == nil)
        #expect(years("4+ years managing projects, at least one of them customer-facing") == 4)
        #expect(years("No years asked here") == nil)
    }

    @Test func requiredPreferredAndUnstatedFollowHeadingsAndBulletMarkers() {
        let posting = Self.posting([
            (.responsibilities, "Run Okta and onboard apps with SAML"),
            (.requirements, "Experience with SCIM\nTerraform is a plus\nKerberos knowledge"),
            (.preferred, "CISSP\nKerberos internals"),
        ])
        let skills = Dictionary(uniqueKeysWithValues: extractor.extract(posting).skills.map { ($0.id, $0) })
        #expect(skills["okta"]?.required == nil)
        #expect(skills["scim"]?.required == true)
        #expect(skills["terraform"]?.required == false)
        #expect(skills["cissp"]?.required == false)
        #expect(skills["kerberos"]?.required == true)
        #expect(skills["kerberos"]?.count == 2)
        #expect(skills["okta"]?.category == "identity-platform")
        #expect(skills["okta"]?.name == "Okta")
    }

    @Test func aliasesNormaliseToOneSkillAndLookAlikesAreNot() {
        let posting = Self.posting([(.requirements, "Azure AD, AAD and Entra ID; 2FA and MFA; Golang"),
                                    (.about, "We go above and beyond. Our bank vault is old. Ping me. A new ad campaign.")])
        let ids = extractor.extract(posting).skills.map(\.id)
        #expect(ids == ["entra-id", "mfa", "go"])
    }

    @Test func seniorityComesFromTheTitleFirstThenTheYears() {
        #expect(extractor.extract(Self.posting(title: "Senior IAM Engineer", [(.requirements, "2+ years")])).seniority == "senior")
        #expect(extractor.extract(Self.posting(title: "Principal Identity Architect", [])).seniority == "lead")
        #expect(extractor.extract(Self.posting(title: "IAM Analyst II", [])).seniority == "mid")
        #expect(extractor.extract(Self.posting(title: "Associate PAM Engineer", [])).seniority == "entry")
        #expect(extractor.extract(Self.posting(title: "Okta Engineer", [(.requirements, "6+ years of experience")])).seniority == "senior")
        #expect(extractor.extract(Self.posting(title: "Okta Engineer", [])).seniority == nil)
    }

    @Test func identityTypeFollowsTheCuesAndTheRole() {
        let customer = Self.posting([(.responsibilities, "Own consumer sign-up and login on Auth0 for our customers; stop account takeover")])
        #expect(extractor.extract(customer).identityType == .customer)
        let workforce = Self.posting([(.responsibilities, "Provision employees and contractors in Okta from Workday")])
        #expect(extractor.extract(workforce).identityType == .workforce)
        let noIdentity = Self.posting([(.responsibilities, "Cook breakfast for hotel guests")])
        #expect(extractor.extract(noIdentity).identityType == .unknown)
        let recruiter = Self.posting([(.responsibilities, "Hire Okta and SailPoint engineers for our clients")])
        #expect(extractor.extract(recruiter, role: "none").identityType == .unknown)
        let sysadmin = Self.posting([(.responsibilities, "Create user accounts in Active Directory among many duties")])
        #expect(extractor.extract(sysadmin, role: "none").identityType == .workforce)
    }
}
