import Foundation

/// Complement naive Bayes with weight normalisation (Rennie, Shih, Teevan and Karger, "Tackling
/// the Poor Assumptions of Naive Bayes Text Classifiers", ICML 2003), as scikit-learn's
/// `ComplementNB(norm=True)`.
///
/// For class `c` the complement counts are `θ̂ᶜᵢ = (α + Σ_{d ∉ c} xᵈᵢ) / (α·|V| + Σ_{d ∉ c} Σₖ xᵈₖ)`;
/// the weights are `wᶜᵢ = log θ̂ᶜᵢ / Σₖ log θ̂ᶜₖ`, and a document `x` scores `Σᵢ xᵢ wᶜᵢ` for each
/// class: the highest score wins.
public struct ComplementNaiveBayes: Sendable {
    public let labels: [String]
    /// `weights[c * featureCount + i]`, row-major by class.
    let weights: [Double]
    public let featureCount: Int

    /// Derives the weights from `counts` with smoothing `alpha`.
    /// - Complexity: O(classes × features).
    public init(counts: ClassCounts, alpha: Double) {
        labels = counts.labels
        featureCount = counts.featureCounts.first?.count ?? 0
        var total = Array(repeating: 0.0, count: featureCount)
        for row in counts.featureCounts { for i in 0..<featureCount { total[i] += row[i] } }
        var weights: [Double] = []
        weights.reserveCapacity(labels.count * featureCount)
        for row in counts.featureCounts {
            var complement = (0..<featureCount).map { total[$0] + alpha - row[$0] }
            let sum = complement.reduce(0, +)
            for i in 0..<featureCount { complement[i] = log(complement[i] / sum) }
            let logSum = complement.reduce(0, +)
            weights.append(contentsOf: complement.map { $0 / logSum })
        }
        self.weights = weights
    }

    /// The joint log-likelihood-like score of each class, in `labels` order.
    public func scores(_ vector: SparseVector) -> [Double] {
        weights.withUnsafeBufferPointer { all in
            (0..<labels.count).map { c in
                vector.dot(UnsafeBufferPointer(rebasing: all[(c * featureCount)..<((c + 1) * featureCount)]))
            }
        }
    }

    /// The weight of feature `index` for class `c`.
    public func weight(class c: Int, feature index: Int) -> Double { weights[c * featureCount + index] }
}
