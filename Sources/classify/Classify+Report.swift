import ArgumentParser
import Core
import Foundation
import Report

extension Classify {
    /// `classify report INPUT...`: the market at a glance.
    struct ReportCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Summarise a corpus: roles, confidence, skills, certifications, experience, seniority, identity type, vendors.",
            discussion: """
                INPUT is a directory (or file) of postings, classified on the way, or the JSON Lines of an \
                earlier `classify --format jsonl` run (a .jsonl or .ndjson file, or - for standard input). \
                Memory stays constant whatever the number of postings. Formats: text (terminal), markdown, \
                json, and html (one self-contained page with SVG charts).
                """
        )

        @OptionGroup var modelOptions: ModelOptions
        @Option(help: "text, markdown, json or html.") var format: ReportFormat = .text
        @Option(help: ArgumentHelp("Write the report to this file (atomically) instead of standard output.", valueName: "file"))
        var out: String?
        @Option(help: "Concurrent workers when classifying postings (default: all cores).")
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
        @Option(help: "Confidence below which a posting is listed as worth a human look.")
        var lowConfidence: Double = 0.6

        @Argument(help: "Directories or files of postings, or JSON Lines from an earlier run (.jsonl, or -).", completion: .file())
        var inputs: [String]

        func validate() throws {
            if inputs.isEmpty { throw ValidationError("give at least one directory, posting file or JSON Lines file") }
            if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
            if !(0...1).contains(lowConfidence) { throw ValidationError("--low-confidence must be between 0 and 1") }
        }

        static func isRecords(_ input: String) -> Bool {
            input == "-" || ["jsonl", "ndjson"].contains((input as NSString).pathExtension.lowercased())
        }

        func run() async throws {
            let model = try modelOptions.load()
            var summary = CorpusSummary(lowConfidenceThreshold: lowConfidence)
            var unreadable = 0
            for input in inputs where Self.isRecords(input) {
                unreadable += try readRecords(input) { summary.add($0) }
            }
            let postings = inputs.filter { !Self.isRecords($0) }
            if !postings.isEmpty {
                let runner = BatchRunner(classifier: Classifier(model: model), jobs: jobs, evidence: 0)
                await runner.run(BatchInput(arguments: postings)) { analysis in
                    if let error = analysis.error { FileHandle.standardError.write(Data("classify: \(analysis.source): \(error)\n".utf8)) }
                    summary.add(analysis)
                }
            }
            let report = try format.render(ReportData(summary, taxonomy: model.taxonomy))
            if let out {
                do {
                    try Data(report.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
                } catch {
                    throw ValidationError("cannot write \(out): \(error.localizedDescription)")
                }
                FileHandle.standardError.write(Data("classify: report of \(summary.postings) postings written to \(out)\n".utf8))
            } else {
                FileHandle.standardOutput.write(Data(report.utf8))
            }
            if unreadable > 0 || summary.failures > 0 { throw ExitCode(1) }
        }

        /// Reads an earlier run's records; lines that are not records are reported and counted.
        private func readRecords(_ input: String, _ add: (PostingAnalysis) -> Void) throws -> Int {
            let decoder = JSONDecoder()
            var bad = 0, number = 0
            func handle(_ line: String) {
                number += 1
                guard !line.allSatisfy(\.isWhitespace) else { return }
                if let record = try? decoder.decode(PostingAnalysis.self, from: Data(line.utf8)) {
                    add(record)
                } else {
                    bad += 1
                    FileHandle.standardError.write(Data("classify: \(input):\(number): not a classify record\n".utf8))
                }
            }
            if input == "-" {
                while let line = readLine(strippingNewline: true) { handle(line) }
            } else {
                guard let file = FileHandle(forReadingAtPath: input) else {
                    throw ValidationError("cannot read \(input): no such file")
                }
                defer { try? file.close() }
                var buffer = Data()
                while let chunk = try file.read(upToCount: 1 << 20), !chunk.isEmpty {
                    buffer.append(chunk)
                    while let newline = buffer.firstIndex(of: 0x0A) {
                        handle(String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self))
                        buffer.removeSubrange(buffer.startIndex...newline)
                    }
                }
                if !buffer.isEmpty { handle(String(decoding: buffer, as: UTF8.self)) }
            }
            return bad
        }
    }
}

extension ReportFormat: ExpressibleByArgument {}
