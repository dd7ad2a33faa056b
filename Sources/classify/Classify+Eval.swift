import ArgumentParser
import Core
import Foundation
import Ingest

extension Classify {
    /// `classify eval`: how well the model does on postings it was not trained on.
    struct Eval: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Evaluate: stratified k-fold cross-validation on a labeled tree, or a train tree and a test tree.",
            discussion: """
                Prints accuracy, macro-F1, per-label precision/recall/F1, the confusion matrix and the \
                expected calibration error. Folds: within each label, postings sorted by path go to \
                folds 0..k-1 in turn (scripts/reference_sklearn.py uses the same folds).
                """
        )

        @Argument(help: ArgumentHelp("The labeled corpus for cross-validation (default: corpus/postings).", valueName: "dir"))
        var corpus: String?
        @Option(help: ArgumentHelp("Train on this tree…", valueName: "dir")) var train: String?
        @Option(help: ArgumentHelp("…and test on this one. Without --train, tests the saved model.", valueName: "dir")) var test: String?
        @OptionGroup var training: TrainingOptions
        @OptionGroup var modelOptions: ModelOptions
        @OptionGroup var output: OutputOptions
        @Flag(help: "List every misclassified posting (with --skills, every disagreement).") var misses = false
        @Option(help: ArgumentHelp("Evaluate the saved model on recruiters' tags: a tag store (SQLite) or its JSON Lines export.",
                                   valueName: "file"))
        var tags: String?
        @Flag(help: "Evaluate skill and attribute extraction against annotations instead of the role model.")
        var skills = false
        @Option(help: ArgumentHelp("The annotations for --skills (default: corpus/annotations.jsonl); files are relative to its folder.",
                                   valueName: "file"))
        var annotations: String?

        func validate() throws {
            if train != nil && test == nil { throw ValidationError("--train needs --test") }
            if test != nil && corpus != nil { throw ValidationError("give either a corpus to cross-validate or --test, not both") }
        }

        func run() async throws {
            let taxonomy = try training.loadTaxonomy()
            if skills { return try evaluateExtraction(taxonomy) }
            if let tags {
                let evaluation = Evaluation.evaluate(try modelOptions.load(), on: try TaggedRequisitions.load(tags))
                if output.json { OutputWriter().line(try JSONLines.encode(evaluation)) } else {
                    print(EvaluationText.render(evaluation, labels: taxonomy.roles.labels, misses: misses))
                }
                return
            }
            let evaluation: Evaluation
            do {
                if let test {
                    let testCorpus = try load(test)
                    if let train {
                        evaluation = try Evaluation.trainTest(train: try load(train), test: testCorpus, taxonomy: taxonomy,
                                                              hyperparameters: training.hyperparameters, folds: training.folds)
                    } else {
                        evaluation = Evaluation.evaluate(try modelOptions.load(), on: testCorpus)
                    }
                } else {
                    evaluation = try Evaluation.crossValidate(try load(corpus ?? ProjectPaths.defaultCorpus), taxonomy: taxonomy,
                                                              hyperparameters: training.hyperparameters, folds: training.folds)
                }
            } catch let error as CoreError {
                throw ClassifyError.training(error)
            }
            if output.json {
                OutputWriter().line(try JSONLines.encode(evaluation))
            } else {
                print(EvaluationText.render(evaluation, labels: taxonomy.roles.labels, misses: misses))
            }
        }

        private func evaluateExtraction(_ taxonomy: Taxonomy) throws {
            let path = annotations ?? (ProjectPaths.root ?? ".") + "/corpus/annotations.jsonl"
            let annotations: [ExtractionEvaluation.Annotation]
            do { annotations = try ExtractionEvaluation.loadAnnotations(path) } catch { throw ClassifyError.loadingCorpus(error) }
            let base = (path as NSString).deletingLastPathComponent
            let reader = PostingReader()
            var postings: [String: Posting] = [:]
            for annotation in annotations {
                if let posting = try? reader.read(contentsOf: base + "/" + annotation.file) { postings[annotation.file] = posting }
            }
            let result = ExtractionEvaluation.evaluate(annotations, postings: postings, extractor: SkillExtractor(taxonomy: taxonomy),
                                                       taxonomy: taxonomy, model: try? modelOptions.load())
            if output.json {
                OutputWriter().line(try JSONLines.encode(result))
            } else {
                print(EvaluationText.render(result, misses: misses))
            }
        }

        private func load(_ path: String) throws -> LabeledCorpus {
            do {
                let corpus = try LabeledCorpus.load(path)
                for failure in corpus.failures { FileHandle.standardError.write(Data("classify: skipped \(failure)\n".utf8)) }
                return corpus
            } catch {
                throw ClassifyError.loadingCorpus(error)
            }
        }
    }
}
