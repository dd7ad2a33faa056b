import Foundation

/// TF-IDF weighting with sublinear term frequency and L2 normalisation.
///
/// A feature's weight is `tf'(t) · idf(t) · w(t)`, where `tf'(t) = 1 + ln(tf)` for `tf ≥ 1`
/// (and `tf` itself for the fractional counts of down-weighted sections), `idf` is the
/// vocabulary's smoothed idf, and `w(t)` is the field weight: the title, skill or signal
/// weight for features with those prefixes, 1 for body words.
/// The vector is then scaled to unit length.
public struct TFIDF: Sendable {
    public var vocabulary: Vocabulary
    public var hyperparameters: Hyperparameters

    public init(vocabulary: Vocabulary, hyperparameters: Hyperparameters) {
        self.vocabulary = vocabulary
        self.hyperparameters = hyperparameters
    }

    /// The field weight of a feature, from its prefix.
    func fieldWeight(_ term: String) -> Double {
        guard term.utf8.count > 2, term.utf8[term.utf8.index(term.utf8.startIndex, offsetBy: 1)] == UInt8(ascii: ":") else { return 1 }
        if term.hasPrefix(FeatureExtractor.titlePrefix) { return hyperparameters.titleWeight }
        if term.hasPrefix(FeatureExtractor.skillPrefix) { return hyperparameters.skillWeight }
        if term.hasPrefix(FeatureExtractor.signalPrefix) { return hyperparameters.signalWeight }
        return 1
    }

    /// The weighted, normalised vector of `counts`; features outside the vocabulary are dropped.
    public func transform(_ counts: [String: Double]) -> SparseVector {
        var pairs: [(Int32, Double)] = []
        pairs.reserveCapacity(counts.count)
        for (term, count) in counts {
            guard let index = vocabulary.index(of: term), count > 0 else { continue }
            let tf = count >= 1 ? 1 + log(count) : count
            let field = fieldWeight(term)
            pairs.append((index, tf * vocabulary.idf[Int(index)] * field))
        }
        pairs.sort { $0.0 < $1.0 }
        var vector = SparseVector(indices: pairs.map(\.0), values: pairs.map(\.1))
        vector.normalize()
        return vector
    }
}
