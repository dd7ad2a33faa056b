import Core

/// The human-readable extraction: attributes, then skills grouped by category with
/// preferred ones marked.
enum ExtractionText {
    static func render(_ extraction: Extraction, taxonomy: Taxonomy) -> String {
        var lines: [String] = []
        let years = extraction.yearsExperience.map { "\($0)+ years" } ?? "years not stated"
        lines.append("Seniority:  \(extraction.seniority ?? "not stated") · \(years) · \(extraction.identityType.rawValue) identity")
        guard !extraction.skills.isEmpty else {
            lines.append("Skills:     none named")
            return lines.joined(separator: "\n")
        }
        lines.append("Skills:     (* preferred, not required)")
        let byCategory = Dictionary(grouping: extraction.skills, by: \.category)
        for category in taxonomy.skills.categories {
            guard let skills = byCategory[category.id] else { continue }
            let names = skills.map { $0.required == false ? "\($0.name)*" : $0.name }
            lines.append("  \(category.name):".padding(toLength: 24) + names.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }
}
