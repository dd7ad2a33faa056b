import Core

/// A person's tags for one requisition, as stored: what they decided, what the model said,
/// and the requisition text, so that corrections become training data.
public struct Tag: Sendable, Hashable, Codable {
    public enum Status: String, Sendable, Hashable, Codable {
        /// The person kept the model's role and skills.
        case accepted
        /// The person changed the role or the skills.
        case corrected
    }

    public var id: String
    /// The role the person chose (a role id or `none`).
    public var role: String
    public var predictedRole: String?
    public var predictedConfidence: Double?
    public var skillsAdded: [String]
    public var skillsRemoved: [String]
    public var seniority: String?
    public var note: String?
    public var title: String?
    /// The requisition as plain text, when the tag came with it.
    public var text: String?
    public var status: Status
    /// ISO 8601, UTC.
    public var createdAt: String
    public var updatedAt: String
}

/// The body of `PUT /v1/tags/{id}`.
public struct TagInput: Sendable, Codable {
    public var role: String?
    public var skillsAdded: [String]?
    public var skillsRemoved: [String]?
    public var seniority: String?
    public var note: String?
    /// The requisition, as HTML or text, so the tag can train the model.
    public var html: String?
    public var text: String?

    public init(role: String?, skillsAdded: [String]? = nil, skillsRemoved: [String]? = nil, seniority: String? = nil,
                note: String? = nil, html: String? = nil, text: String? = nil) {
        self.role = role
        self.skillsAdded = skillsAdded
        self.skillsRemoved = skillsRemoved
        self.seniority = seniority
        self.note = note
        self.html = html
        self.text = text
    }
}
