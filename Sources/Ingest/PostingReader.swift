import Foundation

/// Reads a scraped job page (HTML, plain text or Markdown bytes) into a ``Posting``.
///
/// HTML goes through libxml2's HTML parser by SAX (no tree is built), with network access
/// off and recovery from broken markup. A schema.org `JobPosting` in JSON-LD is preferred to
/// guessing from the page; when the page body also holds the posting, the body is used and
/// the text is not duplicated.
///
/// Limits: an input over ``Limits/maxBytes`` (10 MiB by default) is refused, as are empty and
/// binary inputs; every refusal is an ``IngestError`` naming the input.
public struct PostingReader: Sendable {
    /// What the reader accepts.
    public struct Limits: Sendable, Hashable {
        /// The largest input read, in bytes.
        public var maxBytes: Int
        public static let `default` = Limits(maxBytes: 10 * 1024 * 1024)
        public init(maxBytes: Int) { self.maxBytes = maxBytes }
    }

    /// How to read the bytes.
    public enum Format: String, Sendable, Hashable, CaseIterable {
        case html, text, markdown

        /// The format a file name's extension implies: `.txt` text, `.md` Markdown, else HTML.
        public init(path: String) {
            switch (path as NSString).pathExtension.lowercased() {
            case "txt", "text": self = .text
            case "md", "markdown": self = .markdown
            default: self = .html
            }
        }
    }

    public var limits: Limits

    public init(limits: Limits = .default) {
        self.limits = limits
    }

    /// Reads the file at `path`; its extension chooses the format.
    public func read(contentsOf path: String) throws(IngestError) -> Posting {
        let url = URL(fileURLWithPath: path)
        let size: Int
        do {
            let values = try url.resourceValues(forKeys: [.fileSizeKey, .isDirectoryKey])
            if values.isDirectory == true { throw IngestError.unreadable(source: path, reason: "it is a directory") }
            size = values.fileSize ?? 0
        } catch let error as IngestError {
            throw error
        } catch {
            throw IngestError.unreadable(source: path, reason: Self.describe(error))
        }
        // Refuse before loading a huge file into memory.
        if size > limits.maxBytes { throw IngestError.tooLarge(source: path, bytes: size, limit: limits.maxBytes) }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw IngestError.unreadable(source: path, reason: Self.describe(error))
        }
        return try read(data, source: path, format: Format(path: path))
    }

    /// Reads `bytes` in the given format; `source` names the input in the posting and in errors.
    public func read(_ bytes: Data, source: String, format: Format = .html) throws(IngestError) -> Posting {
        if bytes.count > limits.maxBytes {
            throw IngestError.tooLarge(source: source, bytes: bytes.count, limit: limits.maxBytes)
        }
        let result: Result<Posting, IngestError> = bytes.withUnsafeBytes { raw in
            Result { () throws(IngestError) -> Posting in try read(raw, source: source, format: format) }
        }
        return try result.get()
    }

    private func read(_ raw: UnsafeRawBufferPointer, source: String, format: Format) throws(IngestError) -> Posting {
        guard raw.contains(where: { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C) }) else {
            throw IngestError.empty(source: source)
        }
        let isUnicodeText = CharsetDetection.byteOrderMark(raw) != nil || CharsetDetection.unmarkedUTF16(raw) != nil
        if !isUnicodeText, let kind = BinarySniffer.detect(raw) {
            throw IngestError.binary(source: source, detected: kind)
        }
        let decoded = CharsetDetection.decode(raw, sniffMeta: format == .html)
        var warnings = decoded.warnings
        let posting: Posting
        switch format {
        case .html:
            posting = try readHTML(decoded.utf8, source: source, warnings: &warnings)
        case .text, .markdown:
            let text = String(decoding: decoded.utf8, as: UTF8.self)
            if text.contains("\u{0}") { throw IngestError.binary(source: source, detected: "contains NUL characters") }
            let blocks = SectionBuilder.analyze(PlainTextReader.blocks(text, markdown: format == .markdown))
            posting = assemble(blocks: blocks, source: source, candidates: TitleCandidates(), json: nil, warnings: &warnings)
        }
        guard !posting.sections.isEmpty || posting.title != nil else { throw IngestError.noText(source: source) }
        return posting
    }

    private func readHTML(_ utf8: [UInt8], source: String, warnings: inout [String]) throws(IngestError) -> Posting {
        guard let page = HTMLParser.collect(utf8: utf8) else { throw IngestError.parserUnavailable(source: source) }
        let (json, jsonWarnings) = JobPostingJSONLD.find(in: page.jsonLD)
        warnings += jsonWarnings
        var blocks = SectionBuilder.analyze(page.blocks)
        if let description = json?.description, let descriptionBlocks = Self.descriptionBlocks(description) {
            // Use the description unless the body already holds nearly all of it.
            let analyzed = SectionBuilder.analyze(descriptionBlocks)
            if Self.coverage(of: analyzed, in: blocks) < 0.8 { blocks = analyzed }
        }
        let candidates = TitleCandidates(
            headlines: page.headlines.filter { !$0.inChrome }.map(\.text) + page.headlines.filter(\.inChrome).map(\.text),
            openGraph: page.meta["og:title"],
            document: page.documentTitle,
            siteName: page.meta["og:site_name"]
        )
        return assemble(blocks: blocks, source: source, candidates: candidates, json: json, warnings: &warnings)
    }

    /// The places a page may name its title, best first after JSON-LD.
    struct TitleCandidates {
        var headlines: [String] = []
        var openGraph: String?
        var document: String?
        var siteName: String?
    }

    private func assemble(
        blocks: [SectionBuilder.Analyzed], source: String, candidates: TitleCandidates, json: JobPostingJSONLD?,
        warnings: inout [String]
    ) -> Posting {
        var built = SectionBuilder().build(blocks, title: nil)
        let title = json?.title ?? Self.chooseTitle(candidates, built: built, blocks: blocks)
        if title != nil { built = SectionBuilder().build(blocks, title: title) }
        if title == nil { warnings.append("no job title found") }
        return Posting(
            source: source,
            title: title,
            organization: json?.organization ?? built.metadata["organization"] ?? candidates.siteName,
            location: json?.location ?? built.metadata["location"],
            datePosted: json?.datePosted ?? built.metadata["datePosted"],
            employmentType: json?.employmentType ?? built.metadata["employmentType"],
            sections: built.sections,
            warnings: warnings
        )
    }

    /// The title without JSON-LD, from a "Position:" line, an `<h1>`, `og:title`, or a heading
    /// that names no section. Legacy pages often put the company's name in a bold banner above
    /// the job, so each candidate scores a point for holding a job noun ("Engineer",
    /// "Analyst") and a point for appearing in the page's `<title>`; the best wins, ties going
    /// to the earlier candidate.
    static func chooseTitle(_ candidates: TitleCandidates, built: SectionBuilder.Result, blocks: [SectionBuilder.Analyzed]) -> String? {
        var ordered: [String] = []
        if let labelled = built.metadata["title"] { ordered.append(labelled) }
        ordered += candidates.headlines
        if let openGraph = candidates.openGraph { ordered.append(openGraph) }
        ordered += built.plainHeadings
        let document = candidates.document.map(SectionBuilder.fold) ?? ""
        var best: (title: String, score: Int)?
        for candidate in ordered where candidate.split(separator: " ").count <= 16 {
            let folded = SectionBuilder.fold(candidate)
            guard !folded.isEmpty else { continue }
            var score = JobNouns.contains(in: candidate) ? 2 : 0
            if !document.isEmpty, document.containsBytes(folded) { score += 1 }
            if best == nil || score > best!.score { best = (candidate, score) }
        }
        if let best { return best.title }
        if let first = blocks.first?.block, first.text.split(separator: " ").count <= 12, !first.text.hasSuffix(".") {
            return first.text
        }
        return candidates.document.map(titleFromDocumentTitle)
    }

    /// "Senior IAM Engineer | Acme Careers" → "Senior IAM Engineer".
    static func titleFromDocumentTitle(_ title: String) -> String {
        for separator in [" | ", " – ", " — ", " - ", " :: "] {
            if let range = title.range(of: separator) {
                let head = title[..<range.lowerBound].trimmingSpaces()
                if !head.isEmpty { return head }
            }
        }
        return title
    }

    /// The JSON-LD description's blocks. Some boards escape the HTML twice (`&lt;p&gt;`).
    static func descriptionBlocks(_ description: String) -> [TextBlock]? {
        var html = description
        if !html.contains("<"), html.contains("&lt;") {
            html = html.replacing("&lt;", with: "<").replacing("&gt;", with: ">")
                .replacing("&quot;", with: "\"").replacing("&#39;", with: "'").replacing("&amp;", with: "&")
        }
        guard let collected = HTMLParser.collect(utf8: Array(html.utf8)), !collected.blocks.isEmpty else { return nil }
        return collected.blocks
    }

    /// The share of the description's characters whose block also appears in the body.
    static func coverage(of description: [SectionBuilder.Analyzed], in body: [SectionBuilder.Analyzed]) -> Double {
        let bodyText = body.map { $0.folded ?? SectionBuilder.fold($0.block.text) }.joined(separator: "|")
        var total = 0, found = 0
        for block in description {
            let folded = block.folded ?? SectionBuilder.fold(block.block.text)
            total += folded.count
            if !folded.isEmpty, bodyText.containsBytes(folded) { found += folded.count }
        }
        return total == 0 ? 1 : Double(found) / Double(total)
    }

    private static func describe(_ error: any Error) -> String {
        let nsError = error as NSError
        if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileReadNoSuchFileError { return "no such file" }
        if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileReadNoPermissionError { return "permission denied" }
        return nsError.localizedDescription
    }
}
