import Core

/// What a corpus of classified postings says about the market: roles, confidence, skills in
/// demand, certifications, experience, seniority, identity type, required vs preferred,
/// skills that go together and vendor share.
///
/// It holds counts only (and a bounded list of low-confidence postings), so summarising a
/// million postings takes the same memory as a thousand. Add records with ``add(_:)``.
public struct CorpusSummary: Sendable, Codable {
    public struct SkillInfo: Sendable, Hashable, Codable {
        public var name: String
        public var category: String
    }

    public struct RequiredShare: Sendable, Hashable, Codable {
        public var required = 0
        public var preferred = 0
        public var unstated = 0
    }

    public struct LowConfidence: Sendable, Hashable, Codable {
        public var source: String
        public var title: String?
        public var role: String
        public var confidence: Double
        public var runnerUp: String?
    }

    /// Postings below this confidence are worth a human look.
    public var lowConfidenceThreshold: Double
    /// How many low-confidence postings are kept (the least confident).
    public var lowConfidenceLimit: Int

    public var postings = 0
    public var failures = 0
    public var roles: [String: Int] = [:]
    /// Ten bins of confidence, 0–0.1 … 0.9–1.0.
    public var confidenceBins = Array(repeating: 0, count: 10)
    public var lowConfidence: [LowConfidence] = []
    /// Postings naming each skill.
    public var skills: [String: Int] = [:]
    public var skillsByRole: [String: [String: Int]] = [:]
    public var skillInfo: [String: SkillInfo] = [:]
    public var requiredShare: [String: RequiredShare] = [:]
    /// Years asked, per role: years → postings (years above 40 are not counted).
    public var yearsByRole: [String: [Int: Int]] = [:]
    public var seniorityByRole: [String: [String: Int]] = [:]
    public var identityTypes: [String: Int] = [:]
    /// Postings naming both skills, keyed `a|b` with `a < b`.
    public var pairs: [String: Int] = [:]

    public init(lowConfidenceThreshold: Double = 0.6, lowConfidenceLimit: Int = 50) {
        self.lowConfidenceThreshold = lowConfidenceThreshold
        self.lowConfidenceLimit = lowConfidenceLimit
    }
}
