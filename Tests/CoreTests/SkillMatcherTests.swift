import Testing
@testable import Core

/// The matcher against a small taxonomy written here, so each rule is tested on its own.
struct SkillMatcherTests {
    static let taxonomy: SkillTaxonomy = {
        func alias(_ text: String, matchCase: Bool = false, near: [String] = [], notNear: [String] = [],
                   notFollowedBy: [String] = []) -> SkillTaxonomy.Alias {
            var alias = SkillTaxonomy.Alias(text: text)
            alias.matchCase = matchCase
            alias.near = near
            alias.notNear = notNear
            alias.notFollowedBy = notFollowedBy
            return alias
        }
        return SkillTaxonomy(formatVersion: 1, categories: [.init(id: "x", name: "X")], skills: [
            .init(id: "entra-id", name: "Entra ID", category: "x", aliases: [alias("Azure AD"), alias("AAD")]),
            .init(id: "azure", name: "Azure", category: "x", aliases: [alias("Azure")]),
            .init(id: "sc-300", name: "SC-300", category: "x", aliases: [alias("SC-300")]),
            .init(id: "oauth", name: "OAuth", category: "x", aliases: [alias("OAuth"), alias("OAuth 2")]),
            .init(id: "group-policy", name: "GPO", category: "x", aliases: [alias("GPO")]),
            .init(id: "go", name: "Go", category: "x", aliases: [
                alias("Golang"), alias("Go", matchCase: true, near: ["python", "java"], notFollowedBy: ["live"])]),
            .init(id: "java", name: "Java", category: "x", aliases: [alias("Java")]),
            .init(id: "vault", name: "Vault", category: "x", aliases: [alias("Vault", matchCase: true, notNear: ["bank"])]),
            .init(id: "security-plus", name: "Security+", category: "x", aliases: [alias("Security+")]),
        ])
    }()
    let matcher = SkillMatcher(taxonomy: taxonomy)

    func ids(_ text: String) -> [String] { matcher.matches(in: text).map(\.skillID) }

    @Test func longestAliasWins() {
        #expect(ids("Azure AD and Azure") == ["entra-id", "azure"])
    }

    @Test func punctuationAndSpacingVariantsMatch() {
        #expect(ids("SC-300, SC 300 or SC300") == ["sc-300", "sc-300", "sc-300"])
        #expect(ids("OAuth2 and OAuth 2.0") == ["oauth", "oauth"])
        #expect(ids("CompTIA Security+ holders") == ["security-plus"])
    }

    @Test func pluralOfTheLastWordMatches() {
        #expect(ids("Maintain GPOs") == ["group-policy"])
    }

    @Test func caseAndContextGuardsRejectLookAlikes() {
        #expect(ids("Go, Python and Java services") == ["go", "java"])
        #expect(ids("We go live in May with Java") == ["java"])
        #expect(ids("Go-live is in May; Python later") == [])
        #expect(ids("JavaScript only") == [])
        #expect(ids("the bank Vault downstairs") == [])
        #expect(ids("Vault for secrets") == ["vault"])
        #expect(ids("a vault of secrets") == [])
    }

    @Test func aliasesDoNotSpanLines() {
        #expect(ids("Azure\nAD team") == ["azure"])
    }

    @Test func matchesReportTheWordsAsWrittenAndTheirLine() {
        let match = matcher.matches(in: "first line\nUse Azure  AD daily").first
        #expect(match?.text == "Azure  AD")
        #expect(match?.line == 1)
    }
}
