/// What a posting asks for, beside its role: skills, seniority, years and identity type.
public struct Extraction: Sendable, Hashable, Codable {
    public enum IdentityType: String, Sendable, Hashable, Codable, CaseIterable {
        case workforce, customer, unknown
    }

    /// Skills in order of first mention.
    public var skills: [SkillMention]
    /// `entry`, `mid`, `senior` or `lead`; `nil` when neither the title nor the years say.
    public var seniority: String?
    /// The smallest number of years of experience the posting asks for.
    public var yearsExperience: Int?
    public var identityType: IdentityType

    public init(skills: [SkillMention], seniority: String?, yearsExperience: Int?, identityType: IdentityType) {
        self.skills = skills
        self.seniority = seniority
        self.yearsExperience = yearsExperience
        self.identityType = identityType
    }
}
