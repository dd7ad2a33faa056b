import Foundation
import Ingest

/// Trains role models: counts, then calibration fitted on out-of-fold scores.
public enum Trainer {
    /// A document ready for counting: its label index and its feature counts.
    struct Example {
        var label: Int
        var counts: [String: Double]
    }

    /// Trains on every document of `corpus`. The calibration is fitted on `folds`-fold
    /// out-of-fold scores of the same documents, so it never sees a document's own counts.
    /// Training is deterministic: the same corpus, taxonomy and settings give the same model.
    public static func train(
        _ corpus: LabeledCorpus, taxonomy: Taxonomy, hyperparameters: Hyperparameters = .init(),
        folds: Int = 5, trainingDate: String? = nil, taggedDocuments: Int = 0
    ) throws(CoreError) -> RoleModel {
        let labels = taxonomy.roles.labels
        let unknown = Set(corpus.documents.map(\.label)).subtracting(labels)
        if !unknown.isEmpty { throw CoreError.unknownLabels(path: "corpus", labels: unknown.sorted()) }
        let extractor = FeatureExtractor(hyperparameters: hyperparameters, skills: taxonomy.skills)
        let examples = corpus.documents.map { Example(label: labels.firstIndex(of: $0.label)!, counts: extractor.counts($0.posting)) }

        let outOfFold = outOfFoldScores(examples, folds: corpus.folds(folds), k: folds, labels: labels, hyperparameters: hyperparameters)
        let truth = examples.map(\.label)
        let temperature = Calibration.fitTemperature(scores: outOfFold, truth: truth)
        let noneIndex = labels.firstIndex(of: taxonomy.roles.none.id)!
        let threshold = fitNoneThreshold(scores: outOfFold, truth: truth, temperature: temperature, none: noneIndex, labels: labels.count)
        let calibration = Calibration(temperature: temperature, noneThreshold: threshold)

        let (vocabulary, counts) = fit(examples, labels: labels, hyperparameters: hyperparameters)
        var perLabel: [String: Int] = [:]
        for document in corpus.documents { perLabel[document.label, default: 0] += 1 }
        let provisional = RoleModel(taxonomy: taxonomy, hyperparameters: hyperparameters, vocabulary: vocabulary,
                                    counts: counts, calibration: calibration,
                                    metadata: .init(corpusDigest: corpus.digest(), documents: corpus.documents.count,
                                                    documentsPerLabel: perLabel))
        let decisions = outOfFold.map { provisional.decide(scores: $0, vector: nil, evidence: 0) }
        let metrics = Metrics(truth: corpus.documents.map(\.label), predicted: decisions.map(\.role), labels: labels)
        let ece = Calibration.expectedCalibrationError(
            confidences: decisions.map(\.confidence), correct: zip(decisions, corpus.documents).map { $0.role == $1.label })
        var metadata = provisional.metadata
        metadata.trainingDate = trainingDate
        metadata.taggedDocuments = taggedDocuments
        metadata.crossValidation = .init(folds: folds, accuracy: metrics.accuracy, macroF1: metrics.macroF1,
                                         expectedCalibrationError: ece)
        return RoleModel(taxonomy: taxonomy, hyperparameters: hyperparameters, vocabulary: vocabulary, counts: counts,
                         calibration: calibration, metadata: metadata)
    }

    /// Vocabulary and class counts of `examples`, without calibration.
    static func fit(_ examples: [Example], labels: [String], hyperparameters: Hyperparameters) -> (Vocabulary, ClassCounts) {
        let vocabulary = Vocabulary(fitting: examples.map(\.counts), minDocumentFrequency: hyperparameters.minDocumentFrequency)
        let tfidf = TFIDF(vocabulary: vocabulary, hyperparameters: hyperparameters)
        var counts = ClassCounts(labels: labels, featureCount: vocabulary.count)
        for example in examples { counts.add(tfidf.transform(example.counts), label: example.label) }
        return (vocabulary, counts)
    }

    /// Each example's class scores from a model fitted without its fold.
    static func outOfFoldScores(_ examples: [Example], folds: [Int], k: Int, labels: [String],
                                hyperparameters: Hyperparameters) -> [[Double]] {
        var scores = Array(repeating: [Double](), count: examples.count)
        for fold in 0..<k {
            let training = examples.indices.filter { folds[$0] != fold }.map { examples[$0] }
            let (vocabulary, counts) = fit(training, labels: labels, hyperparameters: hyperparameters)
            let tfidf = TFIDF(vocabulary: vocabulary, hyperparameters: hyperparameters)
            let bayes = ComplementNaiveBayes(counts: counts, alpha: hyperparameters.alpha)
            for index in examples.indices where folds[index] == fold {
                scores[index] = bayes.scores(tfidf.transform(examples[index].counts))
            }
        }
        return scores
    }

    /// The smallest threshold on the best IAM role's probability, from 0 to 0.6 in steps of
    /// 0.05, that maximises out-of-fold macro-F1.
    static func fitNoneThreshold(scores: [[Double]], truth: [Int], temperature: Double, none: Int, labels: Int) -> Double {
        let probabilities = scores.map { Calibration.softmax($0, temperature: temperature) }
        var best = (threshold: 0.0, f1: -1.0)
        for step in 0...12 {
            let threshold = Double(step) * 0.05
            let predicted = probabilities.map { row -> Int in
                let top = row.indices.max { row[$0] != row[$1] ? row[$0] < row[$1] : $0 > $1 }!
                return top != none && row[top] < threshold ? none : top
            }
            let f1 = Metrics(truth: truth.map(String.init), predicted: predicted.map(String.init),
                             labels: (0..<labels).map(String.init)).macroF1
            if f1 > best.f1 + 1e-12 { best = (threshold, f1) }
        }
        return best.threshold
    }
}
