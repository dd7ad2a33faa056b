import Core
import Foundation

/// The human-readable evaluation report.
enum EvaluationText {
    static func render(_ evaluation: Evaluation, labels: [String], misses: Bool) -> String {
        var lines: [String] = []
        let how = evaluation.folds.map { "\($0)-fold cross-validation" } ?? "train/test"
        lines.append("\(how) on \(evaluation.documents) postings")
        lines.append(String(format: "accuracy %.3f   macro-F1 %.3f   expected calibration error %.3f",
                            evaluation.accuracy, evaluation.macroF1, evaluation.expectedCalibrationError))
        lines.append("")
        lines.append("label".padding(toLength: 26) + "precision  recall     f1  support")
        for label in labels {
            guard let metrics = evaluation.perLabel[label] else { continue }
            lines.append(label.padding(toLength: 26) + String(format: "%9.3f %7.3f %6.3f %8d", metrics.precision, metrics.recall, metrics.f1, metrics.support))
        }
        lines.append("")
        lines.append("confusion (rows: truth, columns: predicted)")
        let short = labels.map { String($0.replacingOccurrences(of: "iam-", with: "").prefix(6)) }
        lines.append("".padding(toLength: 26) + short.map { $0.leftPad(7) }.joined())
        for (row, label) in zip(evaluation.confusion.matrix, labels) {
            lines.append(label.padding(toLength: 26) + row.map { String($0).leftPad(7) }.joined())
        }
        if misses && !evaluation.misclassified.isEmpty {
            lines.append("")
            lines.append("misclassified:")
            for miss in evaluation.misclassified {
                lines.append(String(format: "  %@  %@ → %@ (%.2f)", miss.id, miss.truth, miss.predicted, miss.confidence))
            }
        }
        return lines.joined(separator: "\n")
    }
}

extension EvaluationText {
    static func render(_ result: ExtractionEvaluation, misses: Bool) -> String {
        var lines = ["skill extraction on \(result.postings) annotated postings"]
        lines.append(String(format: "skills: micro precision %.3f  recall %.3f  (%d found right, %d extra, %d missed)",
                            result.skills.precision, result.skills.recall, result.skills.truePositives,
                            result.skills.falsePositives, result.skills.falseNegatives))
        func accuracy(_ name: String, _ value: ExtractionEvaluation.Accuracy) -> String {
            String(format: "%@ %.3f (%d of %d)", name, value.value, value.correct, value.total)
        }
        lines.append(accuracy("required/preferred right for matched skills:", result.requiredOrPreferred))
        lines.append(accuracy("years of experience exact:", result.yearsExperience))
        lines.append(accuracy("seniority right:", result.seniority))
        lines.append(accuracy("identity type right:", result.identityType))
        lines.append("")
        lines.append("category".padding(toLength: 22) + "precision  recall  found  extra  missed")
        for (category, counts) in result.perCategory.sorted(by: { $0.key < $1.key }) {
            lines.append(category.padding(toLength: 22) + String(format: "%9.3f %7.3f %6d %6d %7d", counts.precision, counts.recall,
                                                                 counts.truePositives, counts.falsePositives, counts.falseNegatives))
        }
        if misses && !result.misses.isEmpty {
            lines.append("")
            lines.append("disagreements:")
            lines += result.misses.map { "  " + $0 }
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    func leftPad(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
