/// Why a `classify` command could not run, named by the step that failed.
enum ClassifyError: Error, CustomStringConvertible {
    case noModel

    var description: String {
        switch self {
        case .noModel:
            return "no role model has been trained yet: classification is not available in this version (use `classify text` to see what a posting yields)"
        }
    }
}
