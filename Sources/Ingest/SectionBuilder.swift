/// Groups a page's blocks into titled sections and reads the metadata lines
/// ("Location: Boston, MA") that job pages print near the top.
struct SectionBuilder {
    struct Result {
        var sections: [Posting.Section]
        var metadata: [String: String]
        /// Headings that name no section kind, before the first one that does: a fragment's
        /// or a legacy page's title is among them.
        var plainHeadings: [String]
    }

    /// Metadata labels and the field each fills.
    static let metadataLabels: [String: String] = [
        "location": "location", "job location": "location", "work location": "location", "locations": "location",
        "company": "organization", "employer": "organization", "organization": "organization",
        "organisation": "organization", "hiring organization": "organization",
        "posted": "datePosted", "date posted": "datePosted", "posted on": "datePosted", "posting date": "datePosted",
        "employment type": "employmentType", "job type": "employmentType", "type": "employmentType",
        "contract type": "employmentType",
        "position": "title", "job title": "title", "position title": "title", "title": "title", "role": "title",
        "vacancy": "title",
    ]

    /// A heading is a real heading element, or a short line that is all bold or that ends
    /// with a colon and names a section kind (legacy pages and plain text write them so).
    static func headingLevel(of block: TextBlock) -> Int? {
        if case .heading(let level) = block.role { return level }
        let text = block.text
        let words = text.split(separator: " ").count
        guard words <= 8, text.count <= 80 else { return nil }
        let namesKind = Posting.Section.Kind(heading: text) != nil
        if block.emphasized && block.role != .listItem && !text.hasSuffix(".") && !text.hasSuffix(",") {
            return 7
        }
        if text.hasSuffix(":") && (namesKind || words <= 4) && block.role != .listItem { return 8 }
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        if namesKind, letters.count >= 4, letters.allSatisfy({ $0.properties.isUppercase }) { return 8 }
        return nil
    }

    func build(_ blocks: [TextBlock], title: String?) -> Result {
        var sections: [Posting.Section] = []
        var metadata: [String: String] = [:]
        var plainHeadings: [String] = []
        var sawKindHeading = false
        var heading: String?
        var kind = Posting.Section.Kind.other
        var lines: [String] = []
        var headingStack: [(level: Int, kind: Posting.Section.Kind)] = []
        var titleSeen = false
        let foldedTitle = title.map(Self.fold)

        func close() {
            if heading != nil || !lines.isEmpty {
                sections.append(Posting.Section(heading: heading, kind: kind, text: lines.joined(separator: "\n")))
            }
            lines.removeAll()
        }

        var index = 0
        while index < blocks.count {
            let block = blocks[index]
            index += 1
            if !titleSeen, let foldedTitle, Self.fold(block.text) == foldedTitle {
                titleSeen = true
                continue
            }
            if let (field, value) = Self.metadataLine(block, next: index < blocks.count ? blocks[index] : nil) {
                if metadata[field] == nil { metadata[field] = value.value }
                if value.consumedNext { index += 1 }
                continue
            }
            if let level = Self.headingLevel(of: block) {
                let text = block.text.hasSuffix(":") ? String(block.text.dropLast()).trimmingSpaces() : block.text
                let named = Posting.Section.Kind(heading: text)
                if named == nil, !sawKindHeading, plainHeadings.count < 8 { plainHeadings.append(text) }
                if named != nil { sawKindHeading = true }
                close()
                while let top = headingStack.last, top.level >= level { headingStack.removeLast() }
                kind = named ?? headingStack.last?.kind ?? .other
                headingStack.append((level, kind))
                heading = text
                continue
            }
            lines.append(block.text)
        }
        close()
        return Result(sections: sections, metadata: metadata, plainHeadings: plainHeadings)
    }

    /// `Label: value` on one line, or a `Label:` cell followed by its value.
    private static func metadataLine(_ block: TextBlock, next: TextBlock?) -> (String, (value: String, consumedNext: Bool))? {
        guard block.text.count <= 120, let colon = block.text.firstIndex(of: ":") else { return nil }
        let label = block.text[..<colon].lowercased().trimmingSpaces()
        guard let field = metadataLabels[label] else { return nil }
        let value = block.text[block.text.index(after: colon)...].trimmingSpaces()
        if !value.isEmpty { return (field, (value, false)) }
        if let next, next.text.count <= 80, !next.text.hasSuffix(":"), Posting.Section.Kind(heading: next.text) == nil {
            return (field, (next.text, true))
        }
        return nil
    }

    /// Lowercased letters and digits only, for comparing lines written slightly differently.
    static func fold(_ text: some StringProtocol) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.lazy
            .filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }
            .map { $0.properties.lowercaseMapping.unicodeScalars.first ?? $0 }))
    }
}
