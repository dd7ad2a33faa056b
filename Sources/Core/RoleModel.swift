import Ingest

/// A trained role model: the taxonomy it was trained with, the vocabulary and its idf, the
/// per-class counts, the calibration and where it came from. Weights are derived on load.
public struct RoleModel: Sendable {
    /// Where a model came from.
    public struct Metadata: Sendable, Hashable, Codable {
        /// The day the model was trained (`SOURCE_DATE_EPOCH` when set, for reproducible builds).
        public var trainingDate: String?
        /// FNV-1a digest of the training documents' ids, labels and texts.
        public var corpusDigest: String
        public var documents: Int
        public var documentsPerLabel: [String: Int]
        /// Out-of-fold figures measured while fitting the calibration.
        public var crossValidation: CrossValidation?
        /// Requisitions from recruiters' tags included in training.
        public var taggedDocuments: Int = 0

        public struct CrossValidation: Sendable, Hashable, Codable {
            public var folds: Int
            public var accuracy: Double
            public var macroF1: Double
            public var expectedCalibrationError: Double
        }
    }

    public let taxonomy: Taxonomy
    public let hyperparameters: Hyperparameters
    public let vocabulary: Vocabulary
    public let counts: ClassCounts
    public let calibration: Calibration
    public let metadata: Metadata

    let extractor: FeatureExtractor
    let tfidf: TFIDF
    let bayes: ComplementNaiveBayes

    public init(taxonomy: Taxonomy, hyperparameters: Hyperparameters, vocabulary: Vocabulary, counts: ClassCounts,
                calibration: Calibration, metadata: Metadata) {
        self.taxonomy = taxonomy
        self.hyperparameters = hyperparameters
        self.vocabulary = vocabulary
        self.counts = counts
        self.calibration = calibration
        self.metadata = metadata
        extractor = FeatureExtractor(hyperparameters: hyperparameters, skills: taxonomy.skills)
        tfidf = TFIDF(vocabulary: vocabulary, hyperparameters: hyperparameters)
        bayes = ComplementNaiveBayes(counts: counts, alpha: hyperparameters.alpha)
    }

    /// The uncalibrated class scores of a posting, in ``ClassCounts/labels`` order.
    func scores(_ posting: Posting) -> (SparseVector, [Double]) {
        let vector = tfidf.transform(extractor.counts(posting))
        return (vector, bayes.scores(vector))
    }

    /// Classifies one posting.
    /// - Parameter evidence: how many deciding features to report.
    public func classify(_ posting: Posting, evidence: Int = 5) -> Classification {
        let (vector, scores) = scores(posting)
        return decide(scores: scores, vector: vector, evidence: evidence)
    }

    func decide(scores: [Double], vector: SparseVector?, evidence count: Int) -> Classification {
        let labels = counts.labels
        let probabilities = calibration.probabilities(scores)
        let noneIndex = labels.firstIndex(of: taxonomy.roles.none.id)
        let noneProbability = noneIndex.map { probabilities[$0] } ?? 0
        let ranking = labels.indices.filter { $0 != noneIndex }
            .sorted { probabilities[$0] != probabilities[$1] ? probabilities[$0] > probabilities[$1] : $0 < $1 }
            .map { Classification.Ranking(role: labels[$0], score: probabilities[$0]) }
        let best = ranking.first!
        var role = best.role, confidence = best.score, belowThreshold = false
        if noneProbability > best.score {
            role = taxonomy.roles.none.id
            confidence = noneProbability
        } else if best.score < calibration.noneThreshold {
            role = taxonomy.roles.none.id
            confidence = noneProbability
            belowThreshold = true
        }
        var evidence: [Classification.Evidence] = []
        if let vector, count > 0, let target = labels.firstIndex(of: best.role) {
            evidence = explain(vector, class: target, count: count)
        }
        return Classification(role: role, confidence: confidence, ranking: ranking, evidence: evidence,
                              noneProbability: noneProbability, belowThreshold: belowThreshold)
    }

    /// The features that pushed the posting towards class `c` most: each feature's weight in
    /// the posting times how much more class `c` values it than the classes on average.
    func explain(_ vector: SparseVector, class c: Int, count: Int) -> [Classification.Evidence] {
        let classes = counts.labels.count
        var contributions: [(Int, Double)] = []
        for (index, value) in zip(vector.indices, vector.values) {
            let i = Int(index)
            let mean = (0..<classes).reduce(0.0) { $0 + bayes.weight(class: $1, feature: i) } / Double(classes)
            let contribution = value * (bayes.weight(class: c, feature: i) - mean)
            if contribution > 0 { contributions.append((i, contribution)) }
        }
        let total = contributions.reduce(0) { $0 + $1.1 }
        return contributions.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(count).map {
            Classification.Evidence(feature: Self.displayName(vocabulary.terms[$0.0]), weight: total > 0 ? $0.1 / total : 0)
        }
    }

    /// `t:okta engineer` → `title: okta engineer`.
    static func displayName(_ term: String) -> String {
        term.hasPrefix(FeatureExtractor.titlePrefix)
            ? "title: " + term.dropFirst(FeatureExtractor.titlePrefix.count) : term
    }
}
