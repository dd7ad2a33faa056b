import Core

/// Derived figures, computed from the counts when a report is rendered.
extension CorpusSummary {
    public struct Ranked: Sendable, Hashable, Codable {
        public var id: String
        public var name: String
        public var count: Int
        /// `count` over the postings it is counted among.
        public var share: Double
    }

    public struct YearsFigure: Sendable, Hashable, Codable {
        public var role: String
        public var postings: Int
        public var median: Double
        public var minimum: Int
        public var maximum: Int
    }

    /// Skills by how many postings name them, most first (ties by id).
    public func topSkills(_ limit: Int, category: String? = nil, role: String? = nil) -> [Ranked] {
        let counts = role.map { skillsByRole[$0] ?? [:] } ?? skills
        let base = role.map { roles[$0] ?? 0 } ?? postings
        return counts.filter { category == nil || skillInfo[$0.key]?.category == category }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(limit)
            .map { Ranked(id: $0.key, name: skillInfo[$0.key]?.name ?? $0.key, count: $0.value,
                          share: base == 0 ? 0 : Double($0.value) / Double(base)) }
    }

    /// Within a category (identity platforms, governance, privileged access), each vendor's
    /// share of the postings naming a product of that category; `practices` are left out.
    public func vendorShare(category: String, excluding practices: Set<String> = []) -> [Ranked] {
        let inCategory = skills.filter { skillInfo[$0.key]?.category == category && !practices.contains($0.key) }
        let total = inCategory.values.reduce(0, +)
        return inCategory.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { Ranked(id: $0.key, name: skillInfo[$0.key]?.name ?? $0.key, count: $0.value,
                          share: total == 0 ? 0 : Double($0.value) / Double(total)) }
    }

    /// The years asked per role: median and range over postings that ask.
    public func yearsFigures(labels: [String]) -> [YearsFigure] {
        labels.compactMap { role in
            guard let histogram = yearsByRole[role], !histogram.isEmpty else { return nil }
            let values = histogram.sorted { $0.key < $1.key }
            let n = values.reduce(0) { $0 + $1.value }
            func value(at rank: Int) -> Int {
                var seen = 0
                for (years, count) in values {
                    seen += count
                    if seen > rank { return years }
                }
                return values.last!.key
            }
            let median = n % 2 == 1 ? Double(value(at: n / 2)) : Double(value(at: n / 2 - 1) + value(at: n / 2)) / 2
            return YearsFigure(role: role, postings: n, median: median, minimum: values.first!.key, maximum: values.last!.key)
        }
    }

    /// Pairs of skills named together most often, with lift (how much more often than if
    /// they were independent).
    public func topPairs(_ limit: Int, minimumCount: Int = 3) -> [(a: String, b: String, count: Int, lift: Double)] {
        pairs.compactMap { key, count -> (String, String, Int, Double)? in
            guard count >= minimumCount else { return nil }
            let parts = key.split(separator: "|").map(String.init)
            let expected = Double(skills[parts[0]] ?? 1) * Double(skills[parts[1]] ?? 1) / Double(max(postings, 1))
            return (parts[0], parts[1], count, Double(count) / max(expected, 1e-9))
        }
        .sorted { $0.2 != $1.2 ? $0.2 > $1.2 : ($0.0, $0.1) < ($1.0, $1.1) }
        .prefix(limit).map { (a: $0.0, b: $0.1, count: $0.2, lift: $0.3) }
    }

    /// Skills with the most mentions that say required or preferred, and their shares.
    public func requiredPreferred(_ limit: Int) -> [(id: String, name: String, share: RequiredShare)] {
        requiredShare.sorted {
            let a = $0.value.required + $0.value.preferred, b = $1.value.required + $1.value.preferred
            return a != b ? a > b : $0.key < $1.key
        }
        .prefix(limit).map { (id: $0.key, name: skillInfo[$0.key]?.name ?? $0.key, share: $0.value) }
    }
}
