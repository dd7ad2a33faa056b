/// Accuracy, per-label precision, recall and F1, macro-F1 and the confusion matrix of a set of
/// predictions.
public struct Metrics: Sendable, Hashable, Codable {
    public struct PerLabel: Sendable, Hashable, Codable {
        public var precision: Double
        public var recall: Double
        public var f1: Double
        public var support: Int
    }

    public struct Confusion: Sendable, Hashable, Codable {
        public var labels: [String]
        /// `matrix[truth][predicted]`.
        public var matrix: [[Int]]
    }

    public var accuracy: Double
    public var macroF1: Double
    public var perLabel: [String: PerLabel]
    public var confusion: Confusion

    public init(truth: [String], predicted: [String], labels: [String]) {
        let index = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        var matrix = Array(repeating: Array(repeating: 0, count: labels.count), count: labels.count)
        for (t, p) in zip(truth, predicted) {
            if let ti = index[t], let pi = index[p] { matrix[ti][pi] += 1 }
        }
        var perLabel: [String: PerLabel] = [:]
        for (i, label) in labels.enumerated() {
            let truePositives = Double(matrix[i][i])
            let predictedCount = Double((0..<labels.count).reduce(0) { $0 + matrix[$1][i] })
            let support = matrix[i].reduce(0, +)
            let precision = predictedCount > 0 ? truePositives / predictedCount : 0
            let recall = support > 0 ? truePositives / Double(support) : 0
            let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
            perLabel[label] = PerLabel(precision: precision, recall: recall, f1: f1, support: support)
        }
        let present = labels.filter { perLabel[$0]!.support > 0 }
        macroF1 = present.isEmpty ? 0 : present.reduce(0) { $0 + perLabel[$1]!.f1 } / Double(present.count)
        accuracy = truth.isEmpty ? 0 : Double(zip(truth, predicted).filter { $0 == $1 }.count) / Double(truth.count)
        self.perLabel = perLabel
        confusion = Confusion(labels: labels, matrix: matrix)
    }
}
