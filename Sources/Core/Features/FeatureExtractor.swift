import Ingest

/// Turns a posting into raw feature counts, by field: a title word is a different feature from
/// the same word in the body (`t:okta` vs `okta`), and words in `about` and `benefits`
/// sections count for less than words in the duties and requirements.
public struct FeatureExtractor: Sendable {
    public static let titlePrefix = "t:"
    public static let skillPrefix = "s:"
    public static let signalPrefix = "k:"

    public var tokenizer = Tokenizer()
    public var hyperparameters: Hyperparameters
    let matcher: SkillMatcher
    let identitySkills: Set<String>

    public init(hyperparameters: Hyperparameters, skills: SkillTaxonomy) {
        self.hyperparameters = hyperparameters
        matcher = SkillMatcher(taxonomy: skills)
        let categories = Set(skills.categories.filter { $0.identitySignal == true }.map(\.id))
        identitySkills = Set(skills.skills.filter { categories.contains($0.category) }.map(\.id))
    }

    /// The bucket of a count of distinct identity skills.
    static func bucket(_ count: Int) -> String {
        switch count {
        case 0: return "0"
        case 1...2: return "1-2"
        case 3...5: return "3-5"
        default: return "6+"
        }
    }

    /// Feature → (possibly weighted) count. Bigrams are formed inside one line only.
    public func counts(_ posting: Posting) -> [String: Double] {
        var counts: [String: Double] = [:]
        if let title = posting.title {
            add(tokenizer.words(title), prefix: Self.titlePrefix, weight: 1, to: &counts)
        }
        for section in posting.sections {
            let weight = section.kind == .about || section.kind == .benefits ? hyperparameters.boilerplateWeight : 1
            guard weight > 0 else { continue }
            if let heading = section.heading { add(tokenizer.words(heading), prefix: "", weight: weight, to: &counts) }
            for line in section.lines { add(tokenizer.words(String(line)), prefix: "", weight: weight, to: &counts) }
        }
        if hyperparameters.skillWeight > 0 || hyperparameters.signalWeight > 0 {
            let skills = matcher.matches(in: posting.text).map(\.skillID)
            if hyperparameters.skillWeight > 0 {
                for skill in skills { counts[Self.skillPrefix + skill, default: 0] += 1 }
            }
            if hyperparameters.signalWeight > 0 {
                let identity = Set(skills).intersection(identitySkills).count
                counts[Self.signalPrefix + "identity-skills=" + Self.bucket(identity)] = 1
            }
        }
        return counts
    }

    private func add(_ words: [String], prefix: String, weight: Double, to counts: inout [String: Double]) {
        for (index, word) in words.enumerated() {
            counts[prefix + word, default: 0] += weight
            if hyperparameters.bigrams, index > 0 {
                counts[prefix + words[index - 1] + " " + word, default: 0] += weight
            }
        }
    }
}
