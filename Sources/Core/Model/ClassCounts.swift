/// The state of a complement naive Bayes model: per class, the summed TF-IDF weight of every
/// feature, and how many documents it saw. Weights are derived from these counts, so adding
/// documents (retraining on corrected tags) is more counting, as in scikit-learn's
/// `ComplementNB._count`.
public struct ClassCounts: Sendable, Hashable {
    public var labels: [String]
    /// `featureCounts[c][i]`: the summed weight of feature `i` over documents of class `c`.
    public var featureCounts: [[Double]]
    public var documentCounts: [Int]

    public init(labels: [String], featureCount: Int) {
        self.labels = labels
        featureCounts = Array(repeating: Array(repeating: 0, count: featureCount), count: labels.count)
        documentCounts = Array(repeating: 0, count: labels.count)
    }

    public init(labels: [String], featureCounts: [[Double]], documentCounts: [Int]) {
        self.labels = labels
        self.featureCounts = featureCounts
        self.documentCounts = documentCounts
    }

    /// Adds one document of class `label`.
    public mutating func add(_ vector: SparseVector, label: Int) {
        documentCounts[label] += 1
        for (index, value) in zip(vector.indices, vector.values) { featureCounts[label][Int(index)] += value }
    }
}
