import ArgumentParser
import Core
import Foundation
import Ingest

extension Classify {
    /// `classify INPUT...`: the role of each posting, for one file or millions.
    struct Files: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "files",
            abstract: "Classify postings by canonical IAM role (the default command).",
            discussion: """
                INPUT is a posting file, a directory (searched recursively for .html, .htm, .txt and .md), \
                or - for JSON Lines on standard input: {"id", "html"} or {"id", "text"}, "url" optional. \
                Results stream in input order, one record per input (an error record for a bad one); \
                with --format jsonl that is one line in, one line out, flushed per line, as Spark's \
                RDD.pipe, Hadoop Streaming and GNU parallel expect. Exit status 1 if any input failed.
                """,
            shouldDisplay: false
        )

        @OptionGroup var modelOptions: ModelOptions

        @Option(help: "Output: text, jsonl, csv or table.")
        var format: OutputFormat?

        @Flag(help: "The same as --format jsonl.")
        var json = false

        @Option(help: "Concurrent workers (default: all cores).")
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

        @Option(help: "How many runner-up roles and deciding features to show.")
        var top: Int = 3

        @Flag(help: "Give a fuller account of each decision: every role's probability and more features.")
        var explain = false

        @Argument(help: "Posting files, directories, or - for JSON Lines on standard input.", completion: .file())
        var inputs: [String] = []

        func validate() throws {
            if inputs.isEmpty { throw ValidationError("give at least one posting file, directory, or - for standard input") }
            if top < 0 { throw ValidationError("--top must be zero or more") }
            if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
            if json, let format, format != .jsonl { throw ValidationError("--json conflicts with --format \(format.rawValue)") }
        }

        func run() async throws {
            let model = try modelOptions.load()
            let format = json ? .jsonl : (self.format ?? .text)
            let writer = RecordWriter(format: format, model: model, top: top, explain: explain)
            let batch = inputs.count > 1 || inputs.contains("-") || inputs.contains { Self.isDirectory($0) }
            let progress = BatchProgress(total: batch && isatty(STDERR_FILENO) == 1 ? BatchInput.count(inputs) : nil,
                                         interactive: batch && isatty(STDERR_FILENO) == 1)
            let runner = BatchRunner(classifier: Classifier(model: model), jobs: jobs, evidence: max(explain ? 10 : top, 5))
            writer.header()
            await runner.run(BatchInput(arguments: inputs)) { analysis in
                writer.record(analysis)
                progress.record(analysis)
            }
            if batch { progress.finish(labels: model.taxonomy.roles.labels) }
            if progress.failed > 0 { throw ExitCode(1) }
        }

        static func isDirectory(_ path: String) -> Bool {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }
}

extension OutputFormat: ExpressibleByArgument {}
