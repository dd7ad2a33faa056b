import ArgumentParser
import Foundation

/// `classify`: which canonical IAM role a job posting is, and what it asks for.
///
/// The command is a parser plus one library call per step; the work is in the Ingest, Core and
/// Report modules.
@main
struct Classify: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Classify scraped IAM job postings by canonical role, and show what they ask for.",
        discussion: """
            Inputs are HTML pages (.html, .htm), plain text (.txt) or Markdown (.md). \
            Exit status: 0 when every input was read, 1 when some failed (the others are \
            still printed), 2 on usage errors.
            """,
        subcommands: [Files.self, Text.self, Skills.self, Train.self, Eval.self, ReportCommand.self, Serve.self],
        defaultSubcommand: Files.self
    )

    /// Runs the command, mapping usage errors to exit status 2 (ArgumentParser uses 64).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Self.exit(withError: ExitCode(2))
            }
            Self.exit(withError: error)
        }
    }
}
