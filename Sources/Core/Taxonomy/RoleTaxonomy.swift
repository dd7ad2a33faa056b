/// The canonical IAM roles, as read from `corpus/taxonomy/roles.json`.
public struct RoleTaxonomy: Sendable, Hashable, Codable {
    public struct Role: Sendable, Hashable, Codable {
        public var id: String
        public var name: String
        public var description: String
        public var titles: [String]?
        /// Roles people come to this one from, as the career paths describe them.
        public var comesFrom: [String]?
        /// Roles people move on to.
        public var movesTo: [String]?
    }

    public var formatVersion: Int
    /// The label for postings that are not IAM jobs.
    public var none: Role
    public var roles: [Role]

    /// Every label a posting can have: the role ids, then `none`.
    public var labels: [String] { roles.map(\.id) + [none.id] }

    /// The display name of a label.
    public func name(of label: String) -> String {
        if label == none.id { return none.name }
        return roles.first { $0.id == label }?.name ?? label
    }
}
