import Foundation

/// The report for a terminal: headed blocks of aligned columns with text bars.
struct TextRenderer {
    func bar(_ share: Double, width: Int = 24) -> String {
        String(repeating: "█", count: Int((share * Double(width)).rounded()))
    }

    func percent(_ share: Double) -> String { String(format: "%5.1f%%", share * 100) }

    func render(_ data: ReportData) -> String {
        var out: [String] = []
        func heading(_ title: String) { out.append(""); out.append(title); out.append(String(repeating: "─", count: title.count)) }
        func counts(_ items: [ReportData.Count], width: Int = 34) {
            for item in items {
                out.append("  " + item.name.padding(toLength: width) + String(format: "%6d ", item.count) + percent(item.share) + "  " + bar(item.share))
            }
        }
        out.append("IAM job postings: \(data.postings) classified" + (data.failures > 0 ? ", \(data.failures) failed" : ""))
        heading("Postings per role")
        counts(data.roles)
        heading("Confidence")
        let most = max(data.confidenceBins.max() ?? 1, 1)
        for (bin, count) in data.confidenceBins.enumerated() {
            out.append(String(format: "  %3d–%3d%% %6d  ", bin * 10, bin * 10 + 10, count) + bar(Double(count) / Double(most)))
        }
        if !data.lowConfidence.isEmpty {
            out.append("  Worth a human look (confidence below \(Int(data.lowConfidenceThreshold * 100))%):")
            for entry in data.lowConfidence.prefix(15) {
                out.append(String(format: "    %3.0f%% ", entry.confidence * 100) + entry.role.padding(toLength: 24)
                           + "(or \(entry.runnerUp ?? "-")) " + (entry.title ?? "") + "  " + entry.source)
            }
        }
        heading("Top skills")
        counts(data.topSkills)
        heading("Certifications in demand")
        counts(data.certifications)
        heading("Years of experience asked, per role")
        for figure in data.yearsByRole {
            out.append("  " + figure.role.padding(toLength: 26) + String(format: "median %4.1f   range %d–%d   (%d postings)",
                                                                          figure.median, figure.minimum, figure.maximum, figure.postings))
        }
        heading("Seniority mix, per role (entry / mid / senior / lead / unstated)")
        for group in data.seniorityByRole {
            out.append("  " + group.id.padding(toLength: 26) + group.items.map { String(format: "%5d", $0.count) }.joined())
        }
        heading("Workforce vs customer identity")
        counts(data.identityTypes)
        heading("Required vs preferred (postings)")
        for row in data.requiredPreferred {
            out.append("  " + row.name.padding(toLength: 34) + "required \(row.required), preferred \(row.preferred), unstated \(row.unstated)")
        }
        heading("Skills that go together")
        for pair in data.pairs {
            out.append("  " + "\(pair.a) + \(pair.b)".padding(toLength: 56) + String(format: "%5d postings  lift %.1f", pair.count, pair.lift))
        }
        heading("Vendor share")
        for group in data.vendorShare {
            out.append("  " + group.name + ":")
            for item in group.items.prefix(8) {
                out.append("    " + item.name.padding(toLength: 32) + percent(item.share) + "  " + bar(item.share))
            }
        }
        heading("Top skills per role")
        for group in data.skillsByRole {
            out.append("  " + group.name + ": " + group.items.map { "\($0.name) (\($0.count))" }.joined(separator: ", "))
        }
        heading("Top skills per category")
        for group in data.skillsByCategory {
            out.append("  " + group.name + ": " + group.items.map { "\($0.name) (\($0.count))" }.joined(separator: ", "))
        }
        return out.joined(separator: "\n") + "\n"
    }
}

extension String {
    func padding(toLength length: Int) -> String {
        count >= length ? String(prefix(length - 1)) + " " : self + String(repeating: " ", count: length - count)
    }
}
