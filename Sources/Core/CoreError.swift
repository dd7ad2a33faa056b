/// Why the core could not load or use its data. Every case names the file or input.
public enum CoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A taxonomy file is missing or does not decode.
    case taxonomy(file: String, reason: String)
    /// A taxonomy names something twice or refers to something it does not define.
    case inconsistentTaxonomy(file: String, reason: String)

    public var description: String {
        switch self {
        case .taxonomy(let file, let reason): return "\(file): cannot read the taxonomy: \(reason)"
        case .inconsistentTaxonomy(let file, let reason): return "\(file): \(reason)"
        }
    }
}
