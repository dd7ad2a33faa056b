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

extension String {
    func leftPad(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
