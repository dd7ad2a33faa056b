/// Why a file or record could not be read as a posting. Every case names the input.
public enum IngestError: Error, Sendable, Hashable {
    /// The input has no bytes, or only white space.
    case empty(source: String)
    /// The input is larger than ``PostingReader/Limits/maxBytes``.
    case tooLarge(source: String, bytes: Int, limit: Int)
    /// The input is not text: an image, a PDF, an archive, an executable, ...
    case binary(source: String, detected: String)
    /// The page parsed, but nothing readable was left once the chrome was removed.
    case noText(source: String)
    /// The file could not be read at all.
    case unreadable(source: String, reason: String)
    /// libxml2 could not set up a parser for the input.
    case parserUnavailable(source: String)

    /// The input the error is about.
    public var source: String {
        switch self {
        case .empty(let source), .tooLarge(let source, _, _), .binary(let source, _),
            .noText(let source), .unreadable(let source, _), .parserUnavailable(let source):
            return source
        }
    }

    /// Why the input is not a posting, without the input's name.
    public var reason: String {
        switch self {
        case .empty: return "not a posting: the input is empty"
        case .tooLarge(_, let bytes, let limit):
            return "not a posting: \(bytes) bytes is over the limit of \(limit) bytes"
        case .binary(_, let detected): return "not a posting: binary content (\(detected))"
        case .noText: return "not a posting: no readable text once markup, scripts and page chrome are removed"
        case .unreadable(_, let reason): return "cannot read the input: \(reason)"
        case .parserUnavailable: return "libxml2 could not create an HTML parser for the input"
        }
    }
}

extension IngestError: CustomStringConvertible {
    /// `source: reason`, the form a terminal user reads.
    public var description: String { "\(source): \(reason)" }
}
