import ArgumentParser
import Foundation
import Ingest

extension Classify {
    /// `classify text FILE...`: what the classifier sees of each posting.
    struct Text: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print what the classifier will see of each posting: title, metadata and sections.",
            discussion: "With --json, one JSON object per input, one per line; a failed input gives {\"source\", \"error\"}."
        )

        @OptionGroup var output: OutputOptions

        @Argument(help: "Posting files (.html, .htm, .txt, .md).", completion: .file())
        var files: [String]

        func validate() throws {
            if files.isEmpty { throw ValidationError("give at least one posting file") }
        }

        func run() async throws {
            let reader = PostingReader()
            let writer = OutputWriter()
            var failures = 0
            for path in files {
                do {
                    let posting = try reader.read(contentsOf: path)
                    if output.json {
                        writer.line(try JSONLines.encode(posting))
                    } else {
                        writer.block(PostingText.render(posting))
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
