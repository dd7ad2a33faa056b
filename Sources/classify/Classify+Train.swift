import ArgumentParser
import Core
import Foundation

extension Classify {
    /// `classify train`: a model from a labeled corpus.
    struct Train: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Train the role model on a labeled corpus and save it.",
            discussion: """
                The corpus is a tree <label>/<posting> (default: the repository's corpus/postings). \
                The same corpus, taxonomy and settings give a byte-identical model; the training \
                date is SOURCE_DATE_EPOCH's day when set, else today (UTC).
                """
        )

        @Option(help: ArgumentHelp("The labeled corpus directory.", valueName: "dir")) var corpus: String?
        @Option(help: ArgumentHelp("Where to write the model.", valueName: "path")) var out: String?
        @Option(help: ArgumentHelp("Add recruiters' tagged requisitions: a tag store (SQLite) or its JSON Lines export.",
                                   valueName: "file"))
        var tags: String?
        @OptionGroup var training: TrainingOptions

        func run() async throws {
            let taxonomy = try training.loadTaxonomy()
            let corpusPath = corpus ?? ProjectPaths.defaultCorpus
            var labeled: LabeledCorpus
            do { labeled = try LabeledCorpus.load(corpusPath) } catch { throw ClassifyError.loadingCorpus(error) }
            var tagged = 0
            if let tags {
                let requisitions = try TaggedRequisitions.load(tags)
                tagged = requisitions.documents.count
                labeled = LabeledCorpus(documents: labeled.documents + requisitions.documents, failures: labeled.failures + requisitions.failures)
            }
            for failure in labeled.failures { FileHandle.standardError.write(Data("classify: skipped \(failure)\n".utf8)) }
            let model: RoleModel
            do {
                model = try Trainer.train(labeled, taxonomy: taxonomy, hyperparameters: training.hyperparameters,
                                          folds: training.folds, trainingDate: Self.trainingDate(), taggedDocuments: tagged)
            } catch {
                throw ClassifyError.training(error)
            }
            let path = out ?? ProjectPaths.defaultModel
            do { try ModelFile.write(model, to: path) } catch { throw ClassifyError.writingModel(error) }
            let cv = model.metadata.crossValidation!
            print("trained on \(labeled.documents.count) postings" + (tags == nil ? "" : " (\(tagged) from tags)")
                  + " (\(model.vocabulary.count) features) → \(path)")
            print(String(format: "out-of-fold (%d folds): accuracy %.3f, macro-F1 %.3f, calibration error %.3f; temperature %.0f, none threshold %.2f",
                         cv.folds, cv.accuracy, cv.macroF1, cv.expectedCalibrationError,
                         model.calibration.temperature, model.calibration.noneThreshold))
        }

        /// SOURCE_DATE_EPOCH's day, for reproducible builds, else today (UTC).
        static func trainingDate() -> String {
            let environment = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init)
            let date = environment.map { Date(timeIntervalSince1970: $0) } ?? Date()
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.dateFormat = "yyyy-MM-dd"
            return formatter.string(from: date)
        }
    }
}
