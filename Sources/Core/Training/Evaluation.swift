import Ingest

/// How a model does on labeled postings it was not trained on: stratified k-fold
/// cross-validation on one tree, or a train tree and a test tree.
public struct Evaluation: Sendable, Codable {
    public struct Miss: Sendable, Hashable, Codable {
        public var id: String
        public var truth: String
        public var predicted: String
        public var confidence: Double
    }

    /// `nil` for a train/test evaluation.
    public var folds: Int?
    public var documents: Int
    public var accuracy: Double
    public var macroF1: Double
    public var expectedCalibrationError: Double
    public var perLabel: [String: Metrics.PerLabel]
    public var confusion: Metrics.Confusion
    public var misclassified: [Miss]

    /// k-fold cross-validation: each fold is classified by a model (with its own calibration)
    /// trained on the other folds.
    public static func crossValidate(_ corpus: LabeledCorpus, taxonomy: Taxonomy, hyperparameters: Hyperparameters,
                                     folds k: Int) throws(CoreError) -> Evaluation {
        let folds = corpus.folds(k)
        var predictions = Array(repeating: Classification?.none, count: corpus.documents.count)
        for fold in 0..<k {
            let training = LabeledCorpus(documents: corpus.documents.indices.filter { folds[$0] != fold }.map { corpus.documents[$0] })
            let model = try Trainer.train(training, taxonomy: taxonomy, hyperparameters: hyperparameters, folds: k)
            for index in corpus.documents.indices where folds[index] == fold {
                predictions[index] = model.classify(corpus.documents[index].posting, evidence: 0)
            }
        }
        var evaluation = Evaluation(documents: corpus.documents, predictions: predictions.map { $0! }, labels: taxonomy.roles.labels)
        evaluation.folds = k
        return evaluation
    }

    /// Trains on `train` and classifies `test`.
    public static func trainTest(train: LabeledCorpus, test: LabeledCorpus, taxonomy: Taxonomy,
                                 hyperparameters: Hyperparameters, folds: Int = 5) throws(CoreError) -> Evaluation {
        let model = try Trainer.train(train, taxonomy: taxonomy, hyperparameters: hyperparameters, folds: folds)
        return evaluate(model, on: test)
    }

    /// Classifies `test` with an existing model.
    public static func evaluate(_ model: RoleModel, on test: LabeledCorpus) -> Evaluation {
        Evaluation(documents: test.documents, predictions: test.documents.map { model.classify($0.posting, evidence: 0) },
                   labels: model.taxonomy.roles.labels)
    }

    init(documents: [LabeledCorpus.Document], predictions: [Classification], labels: [String]) {
        let metrics = Metrics(truth: documents.map(\.label), predicted: predictions.map(\.role), labels: labels)
        self.documents = documents.count
        accuracy = metrics.accuracy
        macroF1 = metrics.macroF1
        perLabel = metrics.perLabel
        confusion = metrics.confusion
        expectedCalibrationError = Calibration.expectedCalibrationError(
            confidences: predictions.map(\.confidence), correct: zip(predictions, documents).map { $0.role == $1.label })
        misclassified = zip(documents, predictions).filter { $0.label != $1.role }
            .map { Miss(id: $0.id, truth: $0.label, predicted: $1.role, confidence: $1.confidence) }
    }
}
