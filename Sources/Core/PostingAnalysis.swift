import Ingest

/// Everything `classify` says about one posting: the record of `classify --json`, which
/// `classify report` reads back. A failed input has only `source` (and `id`, `url`) and `error`.
public struct PostingAnalysis: Sendable, Hashable, Codable {
    public var source: String
    /// The record id and URL given on standard input, carried back.
    public var id: String?
    public var url: String?
    public var error: String?
    public var title: String?
    public var role: String?
    public var roleName: String?
    public var confidence: Double?
    public var ranking: [Classification.Ranking]?
    public var evidence: [Classification.Evidence]?
    public var belowThreshold: Bool?
    public var noneProbability: Double?
    public var skills: [SkillMention]?
    public var seniority: String?
    public var yearsExperience: Int?
    public var identityType: Extraction.IdentityType?

    public init(source: String, id: String? = nil, url: String? = nil, error: String) {
        self.source = source
        self.id = id
        self.url = url
        self.error = error
    }

    public init(posting: Posting, classification: Classification, extraction: Extraction, roleName: String,
                id: String? = nil, url: String? = nil) {
        source = posting.source
        self.id = id
        self.url = url
        title = posting.title
        role = classification.role
        self.roleName = roleName
        confidence = Self.rounded(classification.confidence)
        ranking = classification.ranking.map { .init(role: $0.role, score: Self.rounded($0.score)) }
        evidence = classification.evidence.map { .init(feature: $0.feature, weight: Self.rounded($0.weight)) }
        belowThreshold = classification.belowThreshold
        noneProbability = Self.rounded(classification.noneProbability)
        skills = extraction.skills
        seniority = extraction.seniority
        yearsExperience = extraction.yearsExperience
        identityType = extraction.identityType
    }

    /// Four decimals: enough for a score, short enough to read.
    static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

    enum CodingKeys: String, CodingKey {
        case source, id, url, error, title, role, roleName, confidence, ranking, evidence, belowThreshold, noneProbability
        case skills, seniority, yearsExperience, identityType
    }

    /// A failed record holds source, id, url and error; a classified one every field, absent
    /// values as `null`; `id` and `url` only when the input gave them.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(source, forKey: .source)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encodeIfPresent(url, forKey: .url)
        if let error {
            try container.encode(error, forKey: .error)
            return
        }
        try container.encode(title, forKey: .title)
        try container.encode(role, forKey: .role)
        try container.encode(roleName, forKey: .roleName)
        try container.encode(confidence, forKey: .confidence)
        try container.encode(ranking, forKey: .ranking)
        try container.encode(evidence, forKey: .evidence)
        try container.encode(belowThreshold, forKey: .belowThreshold)
        try container.encode(noneProbability, forKey: .noneProbability)
        try container.encode(skills, forKey: .skills)
        try container.encode(seniority, forKey: .seniority)
        try container.encode(yearsExperience, forKey: .yearsExperience)
        try container.encode(identityType, forKey: .identityType)
    }
}
