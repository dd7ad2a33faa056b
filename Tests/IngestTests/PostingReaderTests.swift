import Foundation
import Testing
@testable import Ingest

/// Scraped-page shapes: each keeps every sentence of the posting and none of the chrome.
struct PostingReaderTests {
    @Test func atsPageKeepsThePostingAndDropsChrome() throws {
        let posting = try Fixture.read("ats-chrome.html")
        #expect(posting.title == "Senior IAM Engineer")
        #expect(posting.location == "Nashville, TN")
        #expect(posting.says("Onboard clinical applications to Okta with SAML and OIDC."))
        #expect(posting.says("Comfort with SCIM provisioning and Terraform."))
        #expect(posting.says("Medical, dental and a pension match from day one."))
        for chrome in ["cookies", "Accept all", "Search jobs", "Technology", "Apply now", "Share on LinkedIn",
                       "Similar jobs", "Network Engineer", "All rights reserved", "dataLayer", "font-size", "tracking"] {
            #expect(!posting.text.contains(chrome), "chrome leaked: \(chrome)")
        }
        #expect(posting.sections.map(\.kind) == [.responsibilities, .requirements, .benefits])
    }

    @Test func jsonLDInGraphGivesMetadataWithoutDuplicatingTheBody() throws {
        let posting = try Fixture.read("jsonld-graph.html")
        #expect(posting.title == "IAM Analyst")
        #expect(posting.organization == "Bluewater Mutual")
        #expect(posting.location == "Hartford, CT, US")
        #expect(posting.datePosted == "2025-04-02")
        #expect(posting.employmentType == "FULL_TIME")
        #expect(posting.says("Run certification campaigns in SailPoint."))
        #expect(posting.text.components(separatedBy: "Collect audit evidence for SOX testing.").count == 2)
        #expect(!posting.text.contains("Post a job"))
        #expect(!posting.text.contains("JobHarbor"))
    }

    @Test func jsonLDArrayWithEscapedHTMLIsUsedWhenTheBodyIsATeaser() throws {
        let posting = try Fixture.read("jsonld-array-teaser.html")
        #expect(posting.title == "PAM Engineer")
        #expect(posting.organization == "Keystone Grid")
        #expect(posting.location == "Remote")
        #expect(posting.employmentType == "FULL_TIME, CONTRACTOR")
        #expect(posting.sections.contains { $0.kind == .preferred && $0.text == "CyberArk Defender certification." })
        #expect(!posting.text.contains("More jobs like this"))
        #expect(posting.warnings.contains { $0.contains("JSON-LD") })
    }

    @Test func fragmentWithoutHTMLElementHasTitleAndSections() throws {
        let posting = try Fixture.read("fragment.html")
        #expect(posting.title == "Identity Engineer")
        #expect(posting.says("Build SCIM integrations between Entra ID and our SaaS estate."))
        #expect(posting.says("Write conditional access policies with the security team."))
        #expect(posting.sections.first { $0.heading == "What you will do" }?.kind == .responsibilities)
        #expect(posting.sections.first { $0.heading == "Nice to have" }?.kind == .preferred)
    }

    @Test func legacyTableLayoutFindsTheJobTitleNotTheBanner() throws {
        let posting = try Fixture.read("table-layout.html")
        #expect(posting.title == "IAM Administrator")
        #expect(posting.location == "Wichita, Kansas")
        #expect(posting.sections.first { $0.heading == "DUTIES" }?.kind == .responsibilities)
        #expect(posting.sections.first { $0.heading == "REQUIREMENTS" }?.text == "- Three years of Windows administration\n- A steady hand with PowerShell")
        #expect(!posting.text.contains("Home | Careers"))
    }

    @Test func windows1252PageDecodesCurlyQuotesDashesAndEuro() throws {
        let posting = try Fixture.read("windows-1252.html")
        #expect(posting.title == "Identity Architect")
        #expect(posting.says("You\u{2019}ll own the federation strategy \u{2013} and the roadmap that delivers it."))
        #expect(posting.says("Salary: \u{20AC}95,000 plus bonus."))
        #expect(posting.warnings.isEmpty)
    }

    @Test func latin1PageDecodesAccents() throws {
        let posting = try Fixture.read("iso-8859-1.html")
        #expect(posting.says("Based in Montréal, with visits to Zürich twice a year."))
        #expect(posting.says("Access reviews run every quarter at our Québec office."))
    }

    @Test func utf16WithByteOrderMarkIsRead() throws {
        let posting = try Fixture.read("utf16le-bom.html")
        #expect(posting.title == "IAM Developer")
        #expect(posting.says("Build OAuth 2.0 services in Java \u{2014} with tests."))
    }

    @Test func malformedMarkupKeepsEverySentence() throws {
        let posting = try Fixture.read("malformed.html")
        #expect(posting.title == "Identity Security Engineer")
        for sentence in ["Hunt for identity-based attacks across the tenant.",
                         "Investigate anomalous sign-ins and token theft every day.", "Tune ITDR detections",
                         "Lead purple-team exercises", "Work with the red team & the blue team.",
                         "On-call one week in six", "Remote within the US"] {
            #expect(posting.says(sentence), "missing: \(sentence)")
        }
    }

    @Test func entitiesAreDecodedAndSpacesCollapsed() throws {
        let posting = try Fixture.read("entities.html")
        #expect(posting.title == "IAM Program Manager \u{2013} Identity Modernisation")
        #expect(posting.says("You\u{2019}ll run the \u{201C}One Login\u{201D} programme & its \u{20AC}4 million budget."))
        #expect(posting.says("Stakeholders include HR/IT & Audit \u{2014} and the steering committee\u{2026}"))
        #expect(posting.says("Salary: £85,000 \u{2013} £95,000 © Northwind\u{2122}"))
    }

    @Test func uppercaseTagsAreHTML() throws {
        let posting = try Fixture.read("uppercase-tags.html")
        #expect(posting.title == "PAM ADMINISTRATOR")
        #expect(posting.says("Rotate privileged credentials in CyberArk every 30 days."))
        #expect(posting.says("Review privileged sessions recorded by PSM."))
        #expect(!posting.text.contains("alert"))
    }

    @Test func hiddenAndEmbeddedContentIsDropped() throws {
        let posting = try Fixture.read("hidden-chrome.html")
        #expect(posting.title == "IAM Architect")
        #expect(posting.says("Design the enterprise identity architecture for 20,000 people."))
        #expect(posting.says("Set standards for federation and privileged access."))
        for chrome in ["JavaScript", "Template text", "Logo", "Acme logo", "Ad frame", "Jobs menu", "Hidden tracking",
                       "Email", "Choose a country", "Submit"] {
            #expect(!posting.text.contains(chrome), "chrome leaked: \(chrome)")
        }
    }

    @Test func plainTextHeadingsBecomeSections() throws {
        let posting = try Fixture.read("plain.txt")
        #expect(posting.title == "Junior IAM Analyst")
        #expect(posting.sections.map(\.kind).suffix(2) == [.responsibilities, .requirements])
        #expect(posting.says("Process access requests in ServiceNow within two business days"))
    }

    @Test func markdownHeadingsBecomeSectionsAndEmphasisIsRemoved() throws {
        let posting = try Fixture.read("posting.md")
        #expect(posting.title == "IAM Program Manager")
        #expect(posting.says("Hollis Freight · Remote (Canada)"))
        #expect(posting.sections.first { $0.heading == "Nice to have" }?.text == "PMP certification.")
        #expect(!posting.text.contains("**"))
    }

    @Test func jsonOutputHasTheDocumentedFieldsWithNulls() throws {
        let posting = try Fixture.read("fragment.html")
        let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(posting)) as! [String: Any]
        #expect(Set(object.keys) == ["source", "title", "organization", "location", "datePosted", "employmentType",
                                     "sections", "text", "warnings"])
        #expect(object["organization"] is NSNull)
        let section = (object["sections"] as! [[String: Any]])[0]
        #expect(Set(section.keys) == ["heading", "kind", "text"])
    }
}
