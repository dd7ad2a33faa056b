/// The formats a report renders to.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, markdown, json, html

    /// The report in this format.
    public func render(_ data: ReportData) throws -> String {
        switch self {
        case .text: return TextRenderer().render(data)
        case .markdown: return MarkdownRenderer().render(data)
        case .json: return try JSONRenderer().render(data)
        case .html: return HTMLRenderer().render(data)
        }
    }
}
