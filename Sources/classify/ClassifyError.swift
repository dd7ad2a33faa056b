import Core

/// Why a `classify` command could not run, named by the step that failed.
enum ClassifyError: Error, CustomStringConvertible {
    case loadingModel(CoreError)
    case loadingTaxonomy(CoreError)
    case loadingCorpus(CoreError)
    case training(CoreError)
    case writingModel(CoreError)

    var description: String {
        switch self {
        case .loadingModel(let error): return "cannot load the model: \(error)"
        case .loadingTaxonomy(let error): return "cannot load the taxonomy: \(error)"
        case .loadingCorpus(let error): return "cannot load the corpus: \(error)"
        case .training(let error): return "training failed: \(error)"
        case .writingModel(let error): return "cannot save the model: \(error)"
        }
    }
}
