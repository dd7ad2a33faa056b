import Core

/// The human-readable extraction: attributes, then skills grouped by category with
/// preferred ones marked.
enum ExtractionText {
    static func render(skills: [SkillMention], seniority: String?, years: Int?, identity: Extraction.IdentityType,
                       taxonomy: Taxonomy) -> String {
        var lines: [String] = []
        let yearsText = years.map { "\($0)+ years" } ?? "years not stated"
        lines.append("Seniority:  \(seniority ?? "not stated") · \(yearsText) · \(identity.rawValue) identity")
        guard !skills.isEmpty else {
            lines.append("Skills:     none named")
            return lines.joined(separator: "\n")
        }
        lines.append("Skills:     (* preferred, not required)")
        let byCategory = Dictionary(grouping: skills, by: \.category)
        for category in taxonomy.skills.categories {
            guard let group = byCategory[category.id] else { continue }
            let names = group.map { $0.required == false ? "\($0.name)*" : $0.name }
            lines.append("  \(category.name):".padding(toLength: 24) + names.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }

    static func render(_ extraction: Extraction, taxonomy: Taxonomy) -> String {
        render(skills: extraction.skills, seniority: extraction.seniority, years: extraction.yearsExperience,
               identity: extraction.identityType, taxonomy: taxonomy)
    }
}
