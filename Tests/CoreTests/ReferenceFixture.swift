import Foundation

/// Weights exported from scikit-learn (see the file for its version) on a small matrix.
struct ReferenceFixture: Decodable {
    struct TFIDFReference: Decodable {
        var documents: [String]
        var vocabulary: [String]
        var idf: [Double]
        var first: [String: Double]
    }

    var X: [[Double]]
    var y: [Int]
    var featureLogProbAlpha1: [[Double]]
    var featureLogProbAlpha03: [[Double]]
    var tfidf: TFIDFReference

    enum CodingKeys: String, CodingKey {
        case X, y, tfidf
        case featureLogProbAlpha1 = "featureLogProb_alpha1.0"
        case featureLogProbAlpha03 = "featureLogProb_alpha0.3"
    }

    static func load() throws -> ReferenceFixture {
        let url = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/sklearn-reference.json")
        return try JSONDecoder().decode(ReferenceFixture.self, from: Data(contentsOf: url))
    }
}
