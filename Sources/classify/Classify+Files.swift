import ArgumentParser
import Foundation

extension Classify {
    /// `classify FILE...`: the role of each posting.
    struct Files: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "files",
            abstract: "Classify each posting by canonical IAM role (the default command).",
            shouldDisplay: false
        )

        @OptionGroup var output: OutputOptions

        @Argument(help: "Posting files (.html, .htm, .txt, .md).", completion: .file())
        var files: [String] = []

        func validate() throws {
            if files.isEmpty { throw ValidationError("give at least one posting file") }
        }

        func run() async throws {
            throw ClassifyError.noModel
        }
    }
}
