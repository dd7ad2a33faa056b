import Foundation

/// The report as Markdown tables, for a wiki or a pull request.
struct MarkdownRenderer {
    func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }
    func percent(_ share: Double) -> String { String(format: "%.1f%%", share * 100) }

    func render(_ data: ReportData) -> String {
        var out = ["# IAM job postings", "", "\(data.postings) postings classified" + (data.failures > 0 ? ", \(data.failures) failed." : ".")]
        func table(_ title: String, _ header: [String], _ rows: [[String]]) {
            out += ["", "## \(title)", "", "| " + header.joined(separator: " | ") + " |",
                    "|" + header.map { _ in " --- " }.joined(separator: "|") + "|"]
            out += rows.map { "| " + $0.map(cell).joined(separator: " | ") + " |" }
        }
        table("Postings per role", ["role", "postings", "share"], data.roles.map { [$0.name, "\($0.count)", percent($0.share)] })
        table("Confidence", ["confidence", "postings"], data.confidenceBins.enumerated().map { ["\($0.offset * 10)–\($0.offset * 10 + 10)%", "\($0.element)"] })
        table("Worth a human look (confidence below \(Int(data.lowConfidenceThreshold * 100))%)", ["confidence", "role", "runner-up", "title", "source"],
              data.lowConfidence.prefix(25).map { [String(format: "%.0f%%", $0.confidence * 100), $0.role, $0.runnerUp ?? "", $0.title ?? "", $0.source] })
        table("Top skills", ["skill", "postings", "share"], data.topSkills.map { [$0.name, "\($0.count)", percent($0.share)] })
        table("Certifications in demand", ["certification", "postings", "share"], data.certifications.map { [$0.name, "\($0.count)", percent($0.share)] })
        table("Years of experience asked, per role", ["role", "median", "range", "postings"],
              data.yearsByRole.map { [$0.role, String(format: "%.1f", $0.median), "\($0.minimum)–\($0.maximum)", "\($0.postings)"] })
        table("Seniority mix", ["role"] + ReportData.seniorityLevels, data.seniorityByRole.map { [$0.name] + $0.items.map { "\($0.count)" } })
        table("Workforce vs customer identity", ["identity", "postings", "share"], data.identityTypes.map { [$0.name, "\($0.count)", percent($0.share)] })
        table("Required vs preferred", ["skill", "required", "preferred", "unstated"],
              data.requiredPreferred.map { [$0.name, "\($0.required)", "\($0.preferred)", "\($0.unstated)"] })
        table("Skills that go together", ["skills", "postings", "lift"], data.pairs.map { ["\($0.a) + \($0.b)", "\($0.count)", String(format: "%.1f", $0.lift)] })
        for group in data.vendorShare {
            table("Vendor share: \(group.name)", ["vendor", "postings", "share of the category"], group.items.map { [$0.name, "\($0.count)", percent($0.share)] })
        }
        table("Top skills per role", ["role", "skills"], data.skillsByRole.map { [$0.name, $0.items.map { "\($0.name) (\($0.count))" }.joined(separator: ", ")] })
        table("Top skills per category", ["category", "skills"], data.skillsByCategory.map { [$0.name, $0.items.map { "\($0.name) (\($0.count))" }.joined(separator: ", ")] })
        return out.joined(separator: "\n") + "\n"
    }
}
