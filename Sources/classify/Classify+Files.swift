import ArgumentParser
import Core
import Foundation
import Ingest

extension Classify {
    /// `classify FILE...`: the role of each posting.
    struct Files: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "files",
            abstract: "Classify each posting by canonical IAM role (the default command).",
            discussion: "With --json, one JSON object per input, one per line; a failed input gives {\"source\", \"error\"}.",
            shouldDisplay: false
        )

        @OptionGroup var output: OutputOptions
        @OptionGroup var modelOptions: ModelOptions

        @Option(help: "How many runner-up roles and deciding features to show.")
        var top: Int = 3

        @Flag(help: "Give a fuller account of each decision: every role's probability, more features, the threshold.")
        var explain = false

        @Argument(help: "Posting files (.html, .htm, .txt, .md).", completion: .file())
        var files: [String] = []

        func validate() throws {
            if files.isEmpty { throw ValidationError("give at least one posting file") }
            if top < 0 { throw ValidationError("--top must be zero or more") }
        }

        func run() async throws {
            let model = try modelOptions.load()
            let extractor = SkillExtractor(taxonomy: model.taxonomy)
            let reader = PostingReader()
            let writer = OutputWriter()
            let evidence = explain ? max(top, 10) : top
            var failures = 0
            for path in files {
                do {
                    let posting = try reader.read(contentsOf: path)
                    let classification = model.classify(posting, evidence: max(evidence, 5))
                    let extraction = extractor.extract(posting, role: classification.role)
                    if output.json {
                        writer.line(try JSONLines.encode(ClassificationRecord(posting: posting, classification: classification,
                                                                              extraction: extraction, model: model)))
                    } else {
                        writer.block(ClassificationText.render(posting: posting, classification: classification, model: model,
                                                               top: top, explain: explain)
                                     + "\n" + ExtractionText.render(extraction, taxonomy: model.taxonomy))
                    }
                } catch {
                    failures += 1
                    writer.failure(source: path, message: error.reason, json: output.json)
                }
            }
            if failures > 0 { throw ExitCode(1) }
        }
    }
}
