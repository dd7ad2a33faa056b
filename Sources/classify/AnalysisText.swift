import Core
import Foundation

/// The human-readable answer for one posting: role, confidence, runner-ups, evidence, then
/// what it asks for.
enum AnalysisText {
    static func render(_ analysis: PostingAnalysis, model: RoleModel, top: Int, explain: Bool) -> String {
        let roles = model.taxonomy.roles
        var lines = ["== \(analysis.source)"]
        if let url = analysis.url { lines.append("URL:        \(url)") }
        if let title = analysis.title { lines.append("Title:      \(title)") }
        let role = analysis.role ?? roles.none.id
        var answer = "Role:       \(roles.name(of: role)) (\(role)), confidence \(percent(analysis.confidence ?? 0))"
        if analysis.belowThreshold == true {
            answer += ": no IAM role reached \(percent(model.calibration.noneThreshold))"
        }
        lines.append(answer)
        let ranking = analysis.ranking ?? []
        let runnersUp = ranking.filter { $0.role != role }.prefix(explain ? 8 : top)
        if !runnersUp.isEmpty {
            lines.append("Runner-up:  " + runnersUp.map { "\(roles.name(of: $0.role)) \(percent($0.score))" }.joined(separator: " · "))
        }
        let evidence = (analysis.evidence ?? []).prefix(explain ? 10 : top)
        if !evidence.isEmpty {
            let target = ranking.first.map { roles.name(of: $0.role) } ?? ""
            lines.append("Decided by: " + evidence.map { "\($0.feature) (\(percent($0.weight)))" }.joined(separator: ", ")
                         + (explain ? "  [share of the push towards \(target)]" : ""))
        }
        if explain {
            lines.append("")
            lines.append("Probabilities (calibrated, temperature \(String(format: "%.0f", model.calibration.temperature))):")
            for entry in ranking { lines.append("  \(roles.name(of: entry.role).padding(toLength: 26))\(percent(entry.score))") }
            lines.append("  \(roles.none.name.padding(toLength: 26))\(percent(analysis.noneProbability ?? 0))")
            lines.append("`none` when it scores highest, or when the best IAM role is below \(percent(model.calibration.noneThreshold)).")
            lines.append("")
        }
        lines.append(ExtractionText.render(skills: analysis.skills ?? [], seniority: analysis.seniority,
                                           years: analysis.yearsExperience, identity: analysis.identityType ?? .unknown,
                                           taxonomy: model.taxonomy))
        return lines.joined(separator: "\n")
    }

    static func percent(_ value: Double) -> String { String(format: "%.0f%%", value * 100) }
}
