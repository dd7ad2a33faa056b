import ArgumentParser
import Core
import Foundation
import Logging
import Server

extension Classify {
    /// `classify serve`: the recruiters' page and the HTTP API.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve the tagging page and the HTTP API (see openapi.yaml) on Hummingbird.",
            discussion: """
                Loopback by default. Binding to another address requires --token (or CLASSIFY_TOKEN); then every \
                API call needs "Authorization: Bearer TOKEN", and the page is opened once as /?token=TOKEN. \
                Tags are stored in SQLite (--store, created on first use). Stops gracefully on SIGINT or SIGTERM.
                """
        )

        @Option(help: "Address to bind.") var host = "127.0.0.1"
        @Option(help: "Port to listen on.") var port = 8080
        @Option(help: ArgumentHelp("The tag store (SQLite).", valueName: "file")) var store: String?
        @Option(help: "Token required for API calls (default: CLASSIFY_TOKEN).") var token: String?
        @Option(help: "Largest request body in bytes.") var maxBodyBytes = ServerConfiguration.defaultMaxBodyBytes
        @Option(help: "Most postings in one batch request.") var maxBatch = ServerConfiguration.defaultMaxBatchItems
        @OptionGroup var modelOptions: ModelOptions

        var serverConfiguration: ServerConfiguration {
            ServerConfiguration(host: host, port: port, token: token ?? ProcessInfo.processInfo.environment["CLASSIFY_TOKEN"],
                                storePath: store ?? Self.defaultStore(), maxBodyBytes: maxBodyBytes, maxBatchItems: maxBatch)
        }

        func validate() throws {
            if let problem = serverConfiguration.problem { throw ValidationError(problem) }
            if maxBodyBytes < 1024 { throw ValidationError("--max-body-bytes must be at least 1024") }
            if maxBatch < 1 { throw ValidationError("--max-batch must be at least 1") }
        }

        /// `$XDG_DATA_HOME/classify/tags.sqlite`, or `~/.local/share/classify/tags.sqlite`.
        static func defaultStore() -> String {
            let environment = ProcessInfo.processInfo.environment
            let base = environment["XDG_DATA_HOME"] ?? (NSHomeDirectory() + "/.local/share")
            return base + "/classify/tags.sqlite"
        }

        func run() async throws {
            LoggingSystem.bootstrap(StreamLogHandler.standardError)
            var logger = Logger(label: "classify.serve")
            logger.logLevel = .info
            let configuration = serverConfiguration
            let model = try modelOptions.load()
            let tagStore: TagStore
            do {
                try FileManager.default.createDirectory(atPath: (configuration.storePath as NSString).deletingLastPathComponent,
                                                        withIntermediateDirectories: true)
                tagStore = try TagStore(path: configuration.storePath)
            } catch {
                throw ValidationError("cannot open the tag store \(configuration.storePath): \(error.localizedDescription)")
            }
            logger.info("serving", metadata: ["url": "http://\(configuration.host):\(configuration.port)/", "store": "\(configuration.storePath)",
                                              "token": "\(configuration.token == nil ? "none" : "required")"])
            try await runServer(configuration: configuration, classifier: Classifier(model: model), store: tagStore, logger: logger)
        }
    }
}
