import Foundation

/// The fields of a schema.org `JobPosting` found in a page's `application/ld+json` scripts.
///
/// The object may stand alone, inside an array, or inside an `@graph`; `@type` may be a
/// string or an array. Malformed scripts are skipped with a warning.
struct JobPostingJSONLD: Sendable, Hashable {
    var title: String?
    /// HTML, as schema.org defines the field.
    var description: String?
    var organization: String?
    var datePosted: String?
    var employmentType: String?
    var location: String?

    /// The first JobPosting among `scripts`, and warnings for scripts that did not parse.
    static func find(in scripts: [[UInt8]]) -> (JobPostingJSONLD?, [String]) {
        var warnings: [String] = []
        var found: JobPostingJSONLD?
        for script in scripts {
            let data = Data(script)
            guard let root = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else {
                warnings.append("a JSON-LD script is not valid JSON and was skipped")
                continue
            }
            if found == nil, let node = firstJobPosting(in: root) { found = JobPostingJSONLD(node: node) }
        }
        return (found, warnings)
    }

    /// Breadth-first search without recursion, so that deeply nested JSON cannot overflow the stack.
    private static func firstJobPosting(in root: Any) -> [String: Any]? {
        var queue: [Any] = [root]
        var index = 0
        while index < queue.count, index < 10_000 {
            let value = queue[index]
            index += 1
            if let array = value as? [Any] {
                queue.append(contentsOf: array)
            } else if let object = value as? [String: Any] {
                if isJobPosting(object["@type"]) { return object }
                if let graph = object["@graph"] { queue.append(graph) }
            }
        }
        return nil
    }

    private static func isJobPosting(_ type: Any?) -> Bool {
        if let type = type as? String { return type == "JobPosting" || type.hasSuffix("/JobPosting") }
        if let types = type as? [Any] { return types.contains { isJobPosting($0) } }
        return false
    }

    init(node: [String: Any]) {
        title = Self.text(node["title"]) ?? Self.text(node["name"])
        description = node["description"] as? String
        organization = Self.name(node["hiringOrganization"])
        datePosted = Self.text(node["datePosted"])
        if let types = node["employmentType"] as? [Any] {
            employmentType = types.compactMap(Self.text).joined(separator: ", ")
        } else {
            employmentType = Self.text(node["employmentType"])
        }
        location = Self.location(node["jobLocation"], type: Self.text(node["jobLocationType"]))
    }

    private static func text(_ value: Any?) -> String? {
        switch value {
        case let string as String:
            let trimmed = string.trimmingSpaces()
            return trimmed.isEmpty ? nil : trimmed
        case let number as NSNumber: return number.stringValue
        default: return nil
        }
    }

    private static func name(_ value: Any?) -> String? {
        if let object = value as? [String: Any] { return text(object["name"]) }
        if let array = value as? [Any] { return array.lazy.compactMap(name).first }
        return text(value)
    }

    private static func location(_ value: Any?, type: String?) -> String? {
        var places: [String] = []
        let items: [Any] = (value as? [Any]) ?? (value.map { [$0] } ?? [])
        for item in items {
            if let place = item as? [String: Any] {
                if let address = place["address"] as? [String: Any] {
                    let parts = ["addressLocality", "addressRegion", "addressCountry"].compactMap { key in
                        text(address[key]) ?? name(address[key])
                    }
                    if !parts.isEmpty { places.append(parts.joined(separator: ", ")) }
                } else if let address = text(place["address"]) ?? text(place["name"]) {
                    places.append(address)
                }
            } else if let string = text(item) {
                places.append(string)
            }
        }
        if type?.uppercased() == "TELECOMMUTE" { places.insert("Remote", at: 0) }
        return places.isEmpty ? nil : places.joined(separator: "; ")
    }
}
