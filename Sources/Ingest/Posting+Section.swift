extension Posting {
    /// A run of the posting under one heading.
    public struct Section: Sendable, Hashable, Codable {
        /// What a section is for, judged from its heading.
        public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
            case responsibilities, requirements, preferred, about, benefits, other
        }

        /// The heading as written, or `nil` for text before the first heading.
        public var heading: String?
        public var kind: Kind
        /// The section's blocks, one per line.
        public var text: String

        public init(heading: String?, kind: Kind, text: String) {
            self.heading = heading
            self.kind = kind
            self.text = text
        }

        /// The section's text split into its blocks (paragraphs, list items, cells).
        public var lines: [Substring] {
            text.split(separator: "\n", omittingEmptySubsequences: true)
        }
    }
}

extension Posting.Section {
    enum CodingKeys: String, CodingKey { case heading, kind, text }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(heading, forKey: .heading)
        try container.encode(kind, forKey: .kind)
        try container.encode(text, forKey: .text)
    }
}
