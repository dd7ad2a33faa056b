/// A skill a posting asks for, normalised to the taxonomy, with whether it is required.
public struct SkillMention: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var category: String
    /// `true` under a requirements heading, `false` when every mention is preferred (a
    /// preferred / nice-to-have / bonus heading, or a line saying "a plus", "preferred", …),
    /// `nil` otherwise. A skill named both as required and as preferred is required.
    public var required: Bool?
    /// How many times the posting names it.
    public var count: Int

    public init(id: String, name: String, category: String, required: Bool?, count: Int) {
        self.id = id
        self.name = name
        self.category = category
        self.required = required
        self.count = count
    }

    enum CodingKeys: String, CodingKey { case id, name, category, required, count }

    /// `required` is always present, `null` when the posting does not say.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(category, forKey: .category)
        try container.encode(required, forKey: .required)
        try container.encode(count, forKey: .count)
    }
}
