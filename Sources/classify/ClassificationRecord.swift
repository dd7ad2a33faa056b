import Core
import Ingest

/// One line of `classify --json`: the contract other tools rely on.
struct ClassificationRecord: Encodable {
    var source: String
    var title: String?
    var role: String
    var roleName: String
    var confidence: Double
    var ranking: [Classification.Ranking]
    var evidence: [Classification.Evidence]
    var belowThreshold: Bool
    var noneProbability: Double
    var extraction: Extraction

    init(posting: Posting, classification: Classification, extraction: Extraction, model: RoleModel) {
        self.extraction = extraction
        source = posting.source
        title = posting.title
        role = classification.role
        roleName = model.taxonomy.roles.name(of: classification.role)
        confidence = Self.rounded(classification.confidence)
        ranking = classification.ranking.map { .init(role: $0.role, score: Self.rounded($0.score)) }
        evidence = classification.evidence.map { .init(feature: $0.feature, weight: Self.rounded($0.weight)) }
        belowThreshold = classification.belowThreshold
        noneProbability = Self.rounded(classification.noneProbability)
    }

    enum CodingKeys: String, CodingKey {
        case source, title, role, roleName, confidence, ranking, evidence, belowThreshold, noneProbability
        case skills, seniority, yearsExperience, identityType
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(source, forKey: .source)
        try container.encode(title, forKey: .title)
        try container.encode(role, forKey: .role)
        try container.encode(roleName, forKey: .roleName)
        try container.encode(confidence, forKey: .confidence)
        try container.encode(ranking, forKey: .ranking)
        try container.encode(evidence, forKey: .evidence)
        try container.encode(belowThreshold, forKey: .belowThreshold)
        try container.encode(noneProbability, forKey: .noneProbability)
        try container.encode(extraction.skills, forKey: .skills)
        try container.encode(extraction.seniority, forKey: .seniority)
        try container.encode(extraction.yearsExperience, forKey: .yearsExperience)
        try container.encode(extraction.identityType, forKey: .identityType)
    }

    /// Four decimals: enough for a score, short enough to read.
    static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}
