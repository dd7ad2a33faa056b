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

    /// A block read as a heading: its level (1–6 for elements, 7 for a bold line, 8 for a
    /// labelled or capitalised line), its text without decoration, and the kind it names.
    struct Heading {
        var level: Int
        var text: String
        var kind: Posting.Section.Kind?
    }

    /// A heading is a real heading element, or a short line that is all bold or that ends
    /// with a colon and names a section kind (legacy pages and plain text write them so).
    /// The kind is worked out once here, since this runs for every block.
    static func heading(of block: TextBlock) -> Heading? {
        if case .heading(let level) = block.role {
            let text = headingText(block.text)
            return Heading(level: level, text: text, kind: Posting.Section.Kind(heading: text))
        }
        let text = block.text
        guard text.utf8.count <= 100, block.role != .listItem else { return nil }
        let words = text.utf8.lazy.filter { $0 == 0x20 }.count + 1
        guard words <= 8 else { return nil }
        let stripped = headingText(text)
        let kind = Posting.Section.Kind(heading: stripped)
        func heading(_ level: Int) -> Heading { Heading(level: level, text: stripped, kind: kind) }
        if block.emphasized && !text.hasSuffix(".") && !text.hasSuffix(",") { return heading(7) }
        if text.hasSuffix(":") && (kind != nil || words <= 4) { return heading(8) }
        // A short line that names a section, however decorated: "Nice to have", "== Bonus ==".
        if kind != nil, words <= 5, let last = text.last, !".,;!?".contains(last),
           !text.contains(where: { $0.isNumber || $0 == "$" || $0 == "€" || $0 == "£" }) {
            return heading(8)
        }
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        if kind != nil, letters.count >= 4, letters.allSatisfy({ $0.properties.isUppercase }) { return heading(8) }
        return nil
    }

    /// A block with what the builder asks of it, computed once.
    struct Analyzed {
        var block: TextBlock
        /// ``SectionBuilder/fold(_:)`` of the text, for short blocks only (titles are short).
        var folded: String?
        var heading: Heading?
    }

    static func analyze(_ blocks: [TextBlock]) -> [Analyzed] {
        blocks.map { block in
            Analyzed(block: block, folded: block.text.utf8.count <= 200 ? fold(block.text) : nil,
                     heading: heading(of: block))
        }
    }

    /// A heading without its decoration: "== Nice to have ==" → "Nice to have", "Skills:" → "Skills".
    static func headingText(_ text: String) -> String {
        let decoration: Set<Character> = ["=", "#", "*", "-", ":", "_", "~", " "]
        let trimmed = text.drop(while: { decoration.contains($0) })
        let end = trimmed.lastIndex(where: { !decoration.contains($0) }).map { trimmed.index(after: $0) } ?? trimmed.startIndex
        let result = String(trimmed[..<end])
        return result.isEmpty ? text : result
    }

    func build(_ blocks: [Analyzed], title: String?) -> Result {
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
            let analyzed = blocks[index]
            let block = analyzed.block
            index += 1
            if !titleSeen, let foldedTitle, analyzed.folded == foldedTitle {
                titleSeen = true
                continue
            }
            if let (field, value) = Self.metadataLine(block, next: index < blocks.count ? blocks[index].block : nil) {
                if metadata[field] == nil { metadata[field] = value.value }
                if value.consumedNext { index += 1 }
                continue
            }
            if let found = analyzed.heading {
                let (level, text, named) = (found.level, found.text, found.kind)
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
        guard block.text.utf8.count <= 160, block.text.utf8.contains(0x3A), let colon = block.text.firstIndex(of: ":") else { return nil }
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
    /// - Complexity: O(n); ASCII takes a fast path.
    static func fold(_ text: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                if value >= 0x61 && value <= 0x7A || value >= 0x30 && value <= 0x39 {
                    out.append(scalar)
                } else if value >= 0x41 && value <= 0x5A {
                    out.append(Unicode.Scalar(value + 0x20)!)
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                out.append(scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar)
            }
        }
        return String(out)
    }
}
