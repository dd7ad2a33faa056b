/// Why the core could not load or use its data. Every case names the file or input.
public enum CoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A taxonomy file is missing or does not decode.
    case taxonomy(file: String, reason: String)
    /// A taxonomy names something twice or refers to something it does not define.
    case inconsistentTaxonomy(file: String, reason: String)
    /// A labeled corpus directory cannot be used.
    case corpus(path: String, reason: String)
    /// A labeled corpus has labels the taxonomy does not define.
    case unknownLabels(path: String, labels: [String])
    /// A model file cannot be used.
    case model(path: String, reason: String)

    public var description: String {
        switch self {
        case .taxonomy(let file, let reason): return "\(file): cannot read the taxonomy: \(reason)"
        case .inconsistentTaxonomy(let file, let reason): return "\(file): \(reason)"
        case .corpus(let path, let reason): return "\(path): cannot use the corpus: \(reason)"
        case .unknownLabels(let path, let labels):
            return "\(path): labels not in the taxonomy: \(labels.joined(separator: ", "))"
        case .model(let path, let reason): return "\(path): \(reason)"
        }
    }
}
