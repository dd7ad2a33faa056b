import Core

/// The figures of a report, computed once from a ``CorpusSummary`` and the taxonomy, in the
/// order every format presents them. The JSON format is this value.
public struct ReportData: Sendable, Codable {
    public struct Count: Sendable, Hashable, Codable {
        public var id: String
        public var name: String
        public var count: Int
        public var share: Double
    }

    public struct Group: Sendable, Hashable, Codable {
        public var id: String
        public var name: String
        public var items: [Count]
    }

    public struct Pair: Sendable, Hashable, Codable {
        public var a: String
        public var b: String
        public var count: Int
        public var lift: Double
    }

    public struct RequiredRow: Sendable, Hashable, Codable {
        public var id: String
        public var name: String
        public var required: Int
        public var preferred: Int
        public var unstated: Int
    }

    public var postings: Int
    public var failures: Int
    public var roles: [Count]
    /// Postings per confidence decile, 0–10% … 90–100%.
    public var confidenceBins: [Int]
    public var lowConfidenceThreshold: Double
    public var lowConfidence: [CorpusSummary.LowConfidence]
    public var topSkills: [Count]
    public var skillsByCategory: [Group]
    public var skillsByRole: [Group]
    public var certifications: [Count]
    public var yearsByRole: [CorpusSummary.YearsFigure]
    public var seniorityByRole: [Group]
    public var identityTypes: [Count]
    public var requiredPreferred: [RequiredRow]
    public var pairs: [Pair]
    public var vendorShare: [Group]

    public static let vendorCategories = ["identity-platform", "governance", "privileged-access"]
    public static let seniorityLevels = ["entry", "mid", "senior", "lead", "unstated"]

    public init(_ summary: CorpusSummary, taxonomy: Taxonomy) {
        let labels = taxonomy.roles.labels
        let roleName = { taxonomy.roles.name(of: $0) }
        let categoryName = Dictionary(taxonomy.skills.categories.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        func counts(_ ranked: [CorpusSummary.Ranked]) -> [Count] { ranked.map { Count(id: $0.id, name: $0.name, count: $0.count, share: $0.share) } }
        postings = summary.postings
        failures = summary.failures
        roles = labels.map { Count(id: $0, name: roleName($0), count: summary.roles[$0] ?? 0,
                                   share: summary.postings == 0 ? 0 : Double(summary.roles[$0] ?? 0) / Double(summary.postings)) }
        confidenceBins = summary.confidenceBins
        lowConfidenceThreshold = summary.lowConfidenceThreshold
        lowConfidence = summary.lowConfidence
        topSkills = counts(summary.topSkills(20))
        skillsByCategory = taxonomy.skills.categories.compactMap { category in
            let items = counts(summary.topSkills(8, category: category.id))
            return items.isEmpty ? nil : Group(id: category.id, name: category.name, items: items)
        }
        skillsByRole = labels.compactMap { role in
            let items = counts(summary.topSkills(8, role: role))
            return items.isEmpty ? nil : Group(id: role, name: roleName(role), items: items)
        }
        certifications = counts(summary.topSkills(15, category: "certification"))
        yearsByRole = summary.yearsFigures(labels: labels)
        seniorityByRole = labels.compactMap { role in
            guard let levels = summary.seniorityByRole[role] else { return nil }
            let total = levels.values.reduce(0, +)
            return Group(id: role, name: roleName(role), items: Self.seniorityLevels.map {
                Count(id: $0, name: $0, count: levels[$0] ?? 0, share: Double(levels[$0] ?? 0) / Double(max(total, 1)))
            })
        }
        identityTypes = ["workforce", "customer", "unknown"].map {
            Count(id: $0, name: $0, count: summary.identityTypes[$0] ?? 0,
                  share: Double(summary.identityTypes[$0] ?? 0) / Double(max(summary.postings, 1)))
        }
        requiredPreferred = summary.requiredPreferred(20).map {
            RequiredRow(id: $0.id, name: $0.name, required: $0.share.required, preferred: $0.share.preferred, unstated: $0.share.unstated)
        }
        pairs = summary.topPairs(15).map { Pair(a: summary.skillInfo[$0.a]?.name ?? $0.a, b: summary.skillInfo[$0.b]?.name ?? $0.b,
                                                count: $0.count, lift: $0.lift) }
        let practices = Set(taxonomy.skills.skills.filter { $0.product == false }.map(\.id))
        vendorShare = Self.vendorCategories.compactMap { category in
            let items = counts(summary.vendorShare(category: category, excluding: practices))
            return items.isEmpty ? nil : Group(id: category, name: categoryName[category] ?? category, items: items)
        }
    }
}
