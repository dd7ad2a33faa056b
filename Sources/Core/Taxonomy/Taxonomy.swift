import Foundation

/// The roles, skills and attribute cues a model is trained with, loaded from a directory of
/// JSON files (`roles.json`, `skills.json`, `attributes.json`) that users edit.
public struct Taxonomy: Sendable, Hashable, Codable {
    public var roles: RoleTaxonomy
    public var skills: SkillTaxonomy
    public var attributes: AttributeRules

    public init(roles: RoleTaxonomy, skills: SkillTaxonomy, attributes: AttributeRules = .empty) {
        self.roles = roles
        self.skills = skills
        self.attributes = attributes
    }

    /// The highest `formatVersion` of the taxonomy files this build reads.
    public static let supportedFormatVersion = 1

    /// Loads `roles.json`, `skills.json` and `attributes.json` from `directory` and checks them.
    public static func load(directory: String) throws(CoreError) -> Taxonomy {
        let roles: RoleTaxonomy = try decode(directory + "/roles.json")
        let skills: SkillTaxonomy = try decode(directory + "/skills.json")
        let attributes: AttributeRules = try decode(directory + "/attributes.json")
        let problems = skills.problems()
        if !problems.isEmpty {
            throw CoreError.inconsistentTaxonomy(file: directory + "/skills.json", reason: problems.joined(separator: "; "))
        }
        return Taxonomy(roles: roles, skills: skills, attributes: attributes)
    }

    private static func decode<T: Decodable>(_ path: String) throws(CoreError) -> T {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CoreError.taxonomy(file: path, reason: "no such file")
        }
        do {
            let header = try JSONDecoder().decode(FormatHeader.self, from: data)
            guard header.formatVersion <= supportedFormatVersion else {
                throw CoreError.taxonomy(file: path, reason: "formatVersion \(header.formatVersion) is newer than this build reads (\(supportedFormatVersion))")
            }
            return try JSONDecoder().decode(T.self, from: data)
        } catch let error as CoreError {
            throw error
        } catch {
            throw CoreError.taxonomy(file: path, reason: String(describing: error))
        }
    }
}

/// The field every data file of the project starts with, decoded before the rest.
struct FormatHeader: Decodable {
    var formatVersion: Int
}
