/// The skills the extractor knows: ids, display names, categories and aliases, as read from
/// `corpus/taxonomy/skills.json`. Users edit that file and retrain; nothing here is a literal.
public struct SkillTaxonomy: Sendable, Hashable, Codable {
    public struct Category: Sendable, Hashable, Codable {
        public var id: String
        public var name: String
        /// Skills of this category are identity work: how many distinct ones a posting names
        /// tells an IAM job from one where access is one duty among many.
        public var identitySignal: Bool?
    }

    public struct Skill: Sendable, Hashable, Codable {
        public var id: String
        public var name: String
        public var category: String
        public var aliases: [Alias]
        /// `false` for a practice filed under a product category (access reviews under
        /// governance); it is left out of vendor share.
        public var product: Bool?
    }

    /// One way of writing a skill, with the context rules that tell it from a look-alike.
    public struct Alias: Sendable, Hashable {
        public var text: String
        /// The text must match with the same letter case ("Go", "AD", "SOX").
        public var matchCase = false
        /// The alias counts only with one of these words or phrases within ``window`` tokens.
        public var near: [String] = []
        /// The alias does not count with one of these within ``window`` tokens.
        public var notNear: [String] = []
        /// The alias does not count when the next token is one of these.
        public var notFollowedBy: [String] = []
        /// The alias does not count when the previous token is one of these.
        public var notPrecededBy: [String] = []

        public static let window = 10

        public init(text: String) { self.text = text }
    }

    public var formatVersion: Int
    public var categories: [Category]
    public var skills: [Skill]

    /// Skill ids that appear twice, and categories that skills use without defining.
    func problems() -> [String] {
        var problems: [String] = []
        var seen: Set<String> = []
        let categoryIDs = Set(categories.map(\.id))
        for skill in skills {
            if !seen.insert(skill.id).inserted { problems.append("skill id \"\(skill.id)\" is defined twice") }
            if !categoryIDs.contains(skill.category) {
                problems.append("skill \"\(skill.id)\" has unknown category \"\(skill.category)\"")
            }
            if skill.aliases.isEmpty { problems.append("skill \"\(skill.id)\" has no aliases") }
        }
        return problems
    }
}

extension SkillTaxonomy.Alias: Codable {
    enum CodingKeys: String, CodingKey { case text, matchCase, near, notNear, notFollowedBy, notPrecededBy }

    /// An alias is either a plain string or an object with context rules.
    public init(from decoder: any Decoder) throws {
        if let text = try? decoder.singleValueContainer().decode(String.self) {
            self.init(text: text)
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(text: try container.decode(String.self, forKey: .text))
        matchCase = try container.decodeIfPresent(Bool.self, forKey: .matchCase) ?? false
        near = try container.decodeIfPresent([String].self, forKey: .near) ?? []
        notNear = try container.decodeIfPresent([String].self, forKey: .notNear) ?? []
        notFollowedBy = try container.decodeIfPresent([String].self, forKey: .notFollowedBy) ?? []
        notPrecededBy = try container.decodeIfPresent([String].self, forKey: .notPrecededBy) ?? []
    }

    /// A plain alias encodes as its string, so the file round-trips in its own form.
    public func encode(to encoder: any Encoder) throws {
        if !matchCase && near.isEmpty && notNear.isEmpty && notFollowedBy.isEmpty && notPrecededBy.isEmpty {
            var container = encoder.singleValueContainer()
            try container.encode(text)
            return
        }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        if matchCase { try container.encode(matchCase, forKey: .matchCase) }
        if !near.isEmpty { try container.encode(near, forKey: .near) }
        if !notNear.isEmpty { try container.encode(notNear, forKey: .notNear) }
        if !notFollowedBy.isEmpty { try container.encode(notFollowedBy, forKey: .notFollowedBy) }
        if !notPrecededBy.isEmpty { try container.encode(notPrecededBy, forKey: .notPrecededBy) }
    }
}
