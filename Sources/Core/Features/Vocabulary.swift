import Foundation

/// The features a model knows, each with its inverse document frequency.
///
/// `idf(t) = ln((1 + n) / (1 + df(t))) + 1`, scikit-learn's smoothed idf, where `n` is the
/// number of training documents and `df(t)` the number that contain `t`. Features are kept in
/// sorted order, so the same corpus always gives the same indices.
public struct Vocabulary: Sendable, Hashable {
    public private(set) var terms: [String]
    public private(set) var idf: [Double]
    private var index: [String: Int32]

    public init(terms: [String], idf: [Double]) {
        precondition(terms.count == idf.count, "terms and idf differ in length")
        self.terms = terms
        self.idf = idf
        index = Dictionary(uniqueKeysWithValues: terms.enumerated().map { ($1, Int32($0)) })
    }

    /// Builds the vocabulary of `documents`, keeping features in at least `minDocumentFrequency`.
    public init(fitting documents: [[String: Double]], minDocumentFrequency: Int) {
        var frequency: [String: Int] = [:]
        for document in documents { for term in document.keys { frequency[term, default: 0] += 1 } }
        let kept = frequency.filter { $0.value >= minDocumentFrequency }.keys.sorted()
        let n = Double(documents.count)
        self.init(terms: kept, idf: kept.map { log((1 + n) / (1 + Double(frequency[$0]!))) + 1 })
    }

    public var count: Int { terms.count }

    public func index(of term: String) -> Int32? { index[term] }
}
