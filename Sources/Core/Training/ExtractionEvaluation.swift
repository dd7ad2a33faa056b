import Foundation
import Ingest

/// How skill and attribute extraction does against exact annotations (`annotations.jsonl`).
public struct ExtractionEvaluation: Sendable, Codable {
    /// One annotated posting, as `corpus/annotations.jsonl` holds it.
    public struct Annotation: Sendable, Codable {
        public var file: String
        public var role: String
        public var skills: [String]
        public var preferredSkills: [String]
        public var identityType: String
        public var seniority: String?
        public var yearsExperience: Int?
    }

    public struct Counts: Sendable, Hashable, Codable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0
        public var precision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
        public var recall: Double { truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives) }

        enum CodingKeys: String, CodingKey { case truePositives, falsePositives, falseNegatives, precision, recall }
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(truePositives, forKey: .truePositives)
            try container.encode(falsePositives, forKey: .falsePositives)
            try container.encode(falseNegatives, forKey: .falseNegatives)
            try container.encode(precision, forKey: .precision)
            try container.encode(recall, forKey: .recall)
        }
        public init() {}
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            truePositives = try container.decode(Int.self, forKey: .truePositives)
            falsePositives = try container.decode(Int.self, forKey: .falsePositives)
            falseNegatives = try container.decode(Int.self, forKey: .falseNegatives)
        }
    }

    /// An accuracy with its numerator and denominator.
    public struct Accuracy: Sendable, Hashable, Codable {
        public var correct = 0
        public var total = 0
        public var value: Double { total == 0 ? 1 : Double(correct) / Double(total) }
        mutating func record(_ right: Bool) { total += 1; if right { correct += 1 } }
    }

    public var postings: Int
    public var skills: Counts
    public var perCategory: [String: Counts]
    /// Over the skills both found and annotated: extracted `required == false` exactly when annotated preferred.
    public var requiredOrPreferred: Accuracy
    public var yearsExperience: Accuracy
    public var seniority: Accuracy
    public var identityType: Accuracy
    /// One line per disagreement, for reading.
    public var misses: [String]

    /// Reads `annotations` (JSON Lines) and the postings they name, relative to `base`.
    public static func loadAnnotations(_ path: String) throws(CoreError) -> [Annotation] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw CoreError.corpus(path: path, reason: "cannot read the annotations")
        }
        var annotations: [Annotation] = []
        for (number, line) in text.split(separator: "\n").enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            do {
                annotations.append(try JSONDecoder().decode(Annotation.self, from: Data(line.utf8)))
            } catch {
                throw CoreError.corpus(path: path, reason: "line \(number + 1) is not an annotation: \(error)")
            }
        }
        return annotations
    }

    /// - Parameter model: classifies each posting so that identity type can use the role
    ///   (as `classify` does); without it the role is not used.
    public static func evaluate(_ annotations: [Annotation], postings: [String: Posting], extractor: SkillExtractor,
                                taxonomy: Taxonomy, model: RoleModel? = nil) -> ExtractionEvaluation {
        let category = Dictionary(taxonomy.skills.skills.map { ($0.id, $0.category) }, uniquingKeysWith: { a, _ in a })
        var result = ExtractionEvaluation(postings: 0, skills: Counts(), perCategory: [:], requiredOrPreferred: Accuracy(),
                                          yearsExperience: Accuracy(), seniority: Accuracy(), identityType: Accuracy(), misses: [])
        for annotation in annotations {
            guard let posting = postings[annotation.file] else {
                result.misses.append("\(annotation.file): posting missing or unreadable")
                continue
            }
            result.postings += 1
            let extraction = extractor.extract(posting, role: model?.classify(posting, evidence: 0).role)
            let found = Dictionary(extraction.skills.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            let truth = Set(annotation.skills), preferred = Set(annotation.preferredSkills)
            for id in Set(found.keys).union(truth).sorted() {
                let key = category[id] ?? "unknown"
                var counts = result.perCategory[key] ?? Counts()
                switch (found[id] != nil, truth.contains(id)) {
                case (true, true):
                    counts.truePositives += 1
                    result.skills.truePositives += 1
                    let saysPreferred = found[id]!.required == false
                    result.requiredOrPreferred.record(saysPreferred == preferred.contains(id))
                    if saysPreferred != preferred.contains(id) {
                        result.misses.append("\(annotation.file): \(id) extracted \(saysPreferred ? "preferred" : "not preferred"), annotated \(preferred.contains(id) ? "preferred" : "not preferred")")
                    }
                case (true, false):
                    counts.falsePositives += 1
                    result.skills.falsePositives += 1
                    result.misses.append("\(annotation.file): extra skill \(id)")
                case (false, true):
                    counts.falseNegatives += 1
                    result.skills.falseNegatives += 1
                    result.misses.append("\(annotation.file): missed skill \(id)")
                case (false, false): break
                }
                result.perCategory[key] = counts
            }
            result.yearsExperience.record(extraction.yearsExperience == annotation.yearsExperience)
            if extraction.yearsExperience != annotation.yearsExperience {
                result.misses.append("\(annotation.file): years \(extraction.yearsExperience.map(String.init) ?? "null"), annotated \(annotation.yearsExperience.map(String.init) ?? "null")")
            }
            result.seniority.record(extraction.seniority == annotation.seniority)
            if extraction.seniority != annotation.seniority {
                result.misses.append("\(annotation.file): seniority \(extraction.seniority ?? "null"), annotated \(annotation.seniority ?? "null")")
            }
            result.identityType.record(extraction.identityType.rawValue == annotation.identityType)
            if extraction.identityType.rawValue != annotation.identityType {
                result.misses.append("\(annotation.file): identity \(extraction.identityType.rawValue), annotated \(annotation.identityType)")
            }
        }
        return result
    }
}
