import Testing
@testable import Core

/// The model's arithmetic against scikit-learn's on the same inputs.
struct ComplementNaiveBayesTests {
    @Test(arguments: [1.0, 0.3])
    func weightsMatchScikitLearnComplementNB(alpha: Double) throws {
        let reference = try ReferenceFixture.load()
        var counts = ClassCounts(labels: ["a", "b", "c"], featureCount: reference.X[0].count)
        for (row, label) in zip(reference.X, reference.y) {
            let indices = row.indices.filter { row[$0] != 0 }
            counts.add(SparseVector(indices: indices.map(Int32.init), values: indices.map { row[$0] }), label: label)
        }
        let model = ComplementNaiveBayes(counts: counts, alpha: alpha)
        let expected = alpha == 1.0 ? reference.featureLogProbAlpha1 : reference.featureLogProbAlpha03
        for c in 0..<3 {
            for i in 0..<expected[c].count {
                #expect(abs(model.weight(class: c, feature: i) - expected[c][i]) < 1e-12, "class \(c) feature \(i)")
            }
        }
    }

    @Test func tfidfMatchesScikitLearnSublinearSmoothedL2() throws {
        let reference = try ReferenceFixture.load().tfidf
        let documents = reference.documents.map { document in
            document.split(separator: " ").reduce(into: [String: Double]()) { $0[String($1), default: 0] += 1 }
        }
        let vocabulary = Vocabulary(fitting: documents, minDocumentFrequency: 1)
        #expect(vocabulary.terms == reference.vocabulary)
        for (mine, theirs) in zip(vocabulary.idf, reference.idf) { #expect(abs(mine - theirs) < 1e-12) }
        let vector = TFIDF(vocabulary: vocabulary, hyperparameters: Hyperparameters()).transform(documents[0])
        for (index, value) in zip(vector.indices, vector.values) {
            #expect(abs(value - reference.first[vocabulary.terms[Int(index)]]!) < 1e-12)
        }
    }

    @Test func expectedCalibrationErrorIsTheWeightedGapPerBin() {
        // Two predictions at 0.95 (one right), two at 0.15 (both wrong): |1.9-1|/4 + |0.3-0|/4.
        let ece = Calibration.expectedCalibrationError(confidences: [0.95, 0.95, 0.15, 0.15], correct: [true, false, false, false])
        #expect(abs(ece - (0.9 / 4 + 0.3 / 4)) < 1e-12)
    }

    @Test func temperatureFitMakesConfidentScoresSharper() {
        let scores = (0..<40).map { i in i % 2 == 0 ? [0.010, 0.0] : [0.0, 0.010] }
        let truth = (0..<40).map { $0 % 2 }
        let temperature = Calibration.fitTemperature(scores: scores, truth: truth)
        #expect(temperature > 1000)
        #expect(Calibration.softmax(scores[0], temperature: temperature)[0] > 0.99)
    }
}
