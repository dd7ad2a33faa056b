import Testing
@testable import Core

struct TokenizerTests {
    let tokenizer = Tokenizer()

    @Test func fieldTermsStayWhole() {
        #expect(tokenizer.words("C#, .NET and C++ developers") == ["c#", ".net", "c++", "developers"])
        #expect(tokenizer.words("OAuth2 / OIDC, SC-300 and 2FA") == ["oauth2", "oidc", "sc-300", "2fa"])
        #expect(tokenizer.words("CI/CD pipelines for S/4HANA") == ["ci/cd", "pipelines", "s/4hana"])
        #expect(tokenizer.words("ISO/IEC 27001 and NIST 800-53") == ["iso/iec", "27001", "nist", "800-53"])
        #expect(tokenizer.words("CompTIA Security+ or 802.1X") == ["comptia", "security+", "802.1x"])
    }

    @Test func caseIsFoldedAndStopWordsAndPlainNumbersDropped() {
        #expect(tokenizer.words("The Okta admin's 3,000 users in 2025") == ["okta", "admin", "users"])
        #expect(tokenizer.words("ÉQUIPE Zürich") == ["équipe", "zürich"])
    }

    @Test func sentencePunctuationDoesNotStickToWords() {
        #expect(tokenizer.words("Manage SCIM. Then SAML-based SSO/federation.") == ["manage", "scim", "saml-based", "sso/federation"])
        #expect(tokenizer.words("end of line -- next") == ["end", "line", "next"])
    }
}
