import Core
import Foundation
import Ingest

/// The human-readable answer for one posting.
enum ClassificationText {
    static func render(posting: Posting, classification: Classification, model: RoleModel, top: Int, explain: Bool) -> String {
        let roles = model.taxonomy.roles
        var lines = ["== \(posting.source)"]
        if let title = posting.title { lines.append("Title:      \(title)") }
        var answer = "Role:       \(roles.name(of: classification.role)) (\(classification.role)), confidence \(percent(classification.confidence))"
        if classification.belowThreshold {
            answer += ": no IAM role reached \(percent(model.calibration.noneThreshold))"
        }
        lines.append(answer)
        let runnersUp = classification.ranking.filter { $0.role != classification.role }.prefix(explain ? 8 : top)
        if !runnersUp.isEmpty {
            lines.append("Runner-up:  " + runnersUp.map { "\(roles.name(of: $0.role)) \(percent($0.score))" }.joined(separator: " · "))
        }
        let evidence = classification.evidence.prefix(explain ? 10 : top)
        if !evidence.isEmpty {
            let target = classification.ranking.first.map { roles.name(of: $0.role) } ?? ""
            lines.append("Decided by: " + evidence.map { "\($0.feature) (\(percent($0.weight)))" }.joined(separator: ", ")
                         + (explain ? "  [share of the push towards \(target)]" : ""))
        }
        if explain {
            lines.append("")
            lines.append("Probabilities (calibrated, temperature \(String(format: "%.0f", model.calibration.temperature))):")
            for entry in classification.ranking {
                lines.append("  \(roles.name(of: entry.role).padding(toLength: 26))\(percent(entry.score))")
            }
            lines.append("  \(roles.none.name.padding(toLength: 26))\(percent(classification.noneProbability))")
            lines.append("`none` when it scores highest, or when the best IAM role is below \(percent(model.calibration.noneThreshold)).")
            lines.append("Sections read: " + posting.sections.map { "\($0.heading ?? "(untitled)") [\($0.kind.rawValue)]" }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }

    static func percent(_ value: Double) -> String { String(format: "%.0f%%", value * 100) }
}
