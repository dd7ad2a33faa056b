/// A job posting as the classifier sees it: metadata, ordered sections and the full clean text.
///
/// `Posting` is a plain value produced by ``PostingReader`` from the bytes of a scraped page
/// (HTML, plain text or Markdown). Chrome (navigation, banners, scripts, apply buttons) is gone;
/// entities are decoded and whitespace is collapsed, with one line per block.
public struct Posting: Sendable, Hashable, Codable {
    /// Where the posting came from: a path, a URL or a record id.
    public var source: String
    /// The job title, or `nil` when the page does not say.
    public var title: String?
    /// The hiring organisation, where the page names it.
    public var organization: String?
    /// Where the job is, as the page writes it ("Boston, MA, US", "Remote").
    public var location: String?
    /// The date the posting was published, as the page gives it (ISO 8601 where it can be read).
    public var datePosted: String?
    /// Full-time, contract, ... as the page gives it.
    public var employmentType: String?
    /// The body of the posting, in page order.
    public var sections: [Section]
    /// Everything the posting says, one line per block: the title, then each section's heading and text.
    public var text: String
    /// Things the reader had to repair or guess (undecodable bytes, a missing title, ...).
    public var warnings: [String]

    public init(
        source: String,
        title: String? = nil,
        organization: String? = nil,
        location: String? = nil,
        datePosted: String? = nil,
        employmentType: String? = nil,
        sections: [Section],
        text: String? = nil,
        warnings: [String] = []
    ) {
        self.source = source
        self.title = title
        self.organization = organization
        self.location = location
        self.datePosted = datePosted
        self.employmentType = employmentType
        self.sections = sections
        self.text = text ?? Posting.fullText(title: title, sections: sections)
        self.warnings = warnings
    }

    /// The text of every section, heading first, one block per line, after the title.
    static func fullText(title: String?, sections: [Section]) -> String {
        var lines: [String] = []
        if let title { lines.append(title) }
        for section in sections {
            if let heading = section.heading { lines.append(heading) }
            if !section.text.isEmpty { lines.append(section.text) }
        }
        return lines.joined(separator: "\n")
    }
}

extension Posting {
    enum CodingKeys: String, CodingKey {
        case source, title, organization, location, datePosted, employmentType, sections, text, warnings
    }

    /// Encodes every field, absent ones as `null` (the JSON contract has every key).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(source, forKey: .source)
        try container.encode(title, forKey: .title)
        try container.encode(organization, forKey: .organization)
        try container.encode(location, forKey: .location)
        try container.encode(datePosted, forKey: .datePosted)
        try container.encode(employmentType, forKey: .employmentType)
        try container.encode(sections, forKey: .sections)
        try container.encode(text, forKey: .text)
        try container.encode(warnings, forKey: .warnings)
    }
}
