/// The choices a role model is trained with. Each was measured with `classify eval`, not
/// guessed: `scripts/tune-model.sh` runs the nested 5-fold grid behind the defaults, and
/// among settings within a document or two of the best, the ones that prune and smooth more
/// were kept, since the model is also judged on postings written elsewhere.
public struct Hyperparameters: Sendable, Hashable, Codable {
    /// Additive (Laplace/Lidstone) smoothing of the complement counts.
    public var alpha: Double = 1.0
    /// How much a title feature weighs against a body feature, after TF-IDF.
    public var titleWeight: Double = 3.0
    /// The weight of words in `about` and `benefits` sections (company blurbs, perks).
    public var boilerplateWeight: Double = 0.2
    /// Features seen in fewer training documents than this are dropped.
    public var minDocumentFrequency: Int = 2
    /// Count word pairs as well as words.
    public var bigrams: Bool = true
    /// Weight of the skill features (`s:okta`, one per taxonomy skill named, whatever the alias)
    /// and of the identity-signal bucket (`k:identity-skills=0`, how many distinct identity
    /// skills the posting names), after TF-IDF; 0 turns them off.
    public var skillWeight: Double = 0.5
    public var signalWeight: Double = 10.0

    public init() {}
}
