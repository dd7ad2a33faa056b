import ArgumentParser
import Core

/// `--model PATH`: which trained model to use.
struct ModelOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The model file.", valueName: "path"))
    var model: String?

    var path: String { model ?? ProjectPaths.defaultModel }

    func load() throws -> RoleModel {
        do {
            return try ModelFile.read(path)
        } catch {
            throw ClassifyError.loadingModel(error)
        }
    }
}

/// The training settings, each overriding the measured default.
struct TrainingOptions: ParsableArguments {
    @Option(help: "Smoothing of the complement counts (default 1).") var alpha: Double?
    @Option(help: "Weight of title features against body features (default 3).") var titleWeight: Double?
    @Option(help: "Weight of words in about and benefits sections (default 0.2).") var boilerplateWeight: Double?
    @Option(name: .customLong("min-df"), help: "Drop features seen in fewer documents (default 2).") var minDocumentFrequency: Int?
    @Flag(help: "Count single words only, no word pairs.") var noBigrams = false
    @Option(help: "Weight of the taxonomy-skill features (default 0.5; 0 turns them off).") var skillWeight: Double?
    @Option(help: "Weight of the identity-signal feature (default 10; 0 turns it off).") var signalWeight: Double?
    @Option(help: "Folds for fitting the calibration (default 5).") var folds: Int = 5
    @Option(help: ArgumentHelp("The taxonomy directory (roles.json, skills.json).", valueName: "dir"))
    var taxonomy: String?

    func validate() throws {
        if let alpha, alpha <= 0 { throw ValidationError("--alpha must be positive") }
        if folds < 2 { throw ValidationError("--folds must be at least 2") }
        if let minDocumentFrequency, minDocumentFrequency < 1 { throw ValidationError("--min-df must be at least 1") }
    }

    var hyperparameters: Hyperparameters {
        var settings = Hyperparameters()
        if let alpha { settings.alpha = alpha }
        if let titleWeight { settings.titleWeight = titleWeight }
        if let boilerplateWeight { settings.boilerplateWeight = boilerplateWeight }
        if let minDocumentFrequency { settings.minDocumentFrequency = minDocumentFrequency }
        if noBigrams { settings.bigrams = false }
        if let skillWeight { settings.skillWeight = skillWeight }
        if let signalWeight { settings.signalWeight = signalWeight }
        return settings
    }

    func loadTaxonomy() throws -> Taxonomy {
        do {
            return try Taxonomy.load(directory: taxonomy ?? ProjectPaths.defaultTaxonomy)
        } catch {
            throw ClassifyError.loadingTaxonomy(error)
        }
    }
}
