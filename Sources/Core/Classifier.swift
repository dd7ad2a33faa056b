import Ingest

/// The core in one call: a loaded model and the skill extractor built from the taxonomy it
/// was trained with. Load once, then analyse postings from any number of tasks.
public struct Classifier: Sendable {
    public let model: RoleModel
    let extractor: SkillExtractor

    public init(model: RoleModel) {
        self.model = model
        extractor = SkillExtractor(taxonomy: model.taxonomy)
    }

    /// The role, its confidence and evidence, and the skills and attributes of `posting`.
    public func analyze(_ posting: Posting, evidence: Int = 5, id: String? = nil, url: String? = nil) -> PostingAnalysis {
        let classification = model.classify(posting, evidence: evidence)
        let extraction = extractor.extract(posting, role: classification.role)
        return PostingAnalysis(posting: posting, classification: classification, extraction: extraction,
                               roleName: model.taxonomy.roles.name(of: classification.role), id: id, url: url)
    }

    /// Classification and extraction separately, for callers that print them apart.
    public func parts(_ posting: Posting, evidence: Int = 5) -> (Classification, Extraction) {
        let classification = model.classify(posting, evidence: evidence)
        return (classification, extractor.extract(posting, role: classification.role))
    }
}
