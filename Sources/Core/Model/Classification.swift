/// The answer for one posting: the role (or `none`), how sure, the closest IAM roles and the
/// features that decided it.
public struct Classification: Sendable, Hashable, Codable {
    /// One IAM role's calibrated probability.
    public struct Ranking: Sendable, Hashable, Codable {
        public var role: String
        public var score: Double

        public init(role: String, score: Double) {
            self.role = role
            self.score = score
        }
    }

    /// A feature of the posting and how much it pushed towards the answer.
    public struct Evidence: Sendable, Hashable, Codable {
        public var feature: String
        public var weight: Double

        public init(feature: String, weight: Double) {
            self.feature = feature
            self.weight = weight
        }
    }

    /// A role id, or `none`.
    public var role: String
    /// The calibrated probability that ``role`` is right, 0...1.
    public var confidence: Double
    /// All eight IAM roles, best first, even when the answer is `none`.
    public var ranking: [Ranking]
    /// The features that favoured the top IAM role most, strongest first.
    public var evidence: [Evidence]
    /// The calibrated probability of `none` as a class.
    public var noneProbability: Double
    /// The answer is `none` because the best role fell below the threshold, not because
    /// `none` scored highest.
    public var belowThreshold: Bool
}
