import Ingest

/// The human-readable form of a posting, for `classify text`.
enum PostingText {
    static func render(_ posting: Posting) -> String {
        var lines: [String] = ["== \(posting.source)"]
        lines.append("Title:        \(posting.title ?? "(none found)")")
        let metadata: [(String, String?)] = [
            ("Organization", posting.organization), ("Location", posting.location),
            ("Date posted", posting.datePosted), ("Employment", posting.employmentType),
        ]
        for (label, value) in metadata {
            if let value { lines.append("\(label):".padding(toLength: 14) + value) }
        }
        for warning in posting.warnings { lines.append("Warning:      \(warning)") }
        for section in posting.sections {
            lines.append("")
            lines.append("## \(section.heading ?? "(untitled)")  [\(section.kind.rawValue)]")
            lines.append(section.text)
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    func padding(toLength length: Int) -> String {
        count >= length ? self + " " : self + String(repeating: " ", count: length - count)
    }
}
