import Foundation

/// Where the project's data lives: the directory holding `models/` and `corpus/`, found from
/// the environment (`CLASSIFY_HOME`), by walking up from the executable's real location, or
/// from the source tree the executable was built from. So `classify` finds its model from
/// any working directory.
enum ProjectPaths {
    static let root: String? = {
        var candidates: [URL] = []
        if let home = ProcessInfo.processInfo.environment["CLASSIFY_HOME"] { candidates.append(URL(fileURLWithPath: home)) }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = executable.deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(directory)
            directory.deleteLastPathComponent()
        }
        // Sources/classify/Options/ProjectPaths.swift → the package root.
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent())
        return candidates.map(\.path).first { FileManager.default.fileExists(atPath: $0 + "/models") }
    }()

    static var defaultModel: String { (root ?? ".") + "/models/iam-roles.model" }
    static var defaultCorpus: String { (root ?? ".") + "/corpus/postings" }
    static var defaultTaxonomy: String { (root ?? ".") + "/corpus/taxonomy" }
}
