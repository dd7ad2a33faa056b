import Foundation
@testable import Ingest

/// Fixture pages under `Fixtures/`, read through the public reader as a user's file would be.
enum Fixture {
    static func path(_ name: String) -> String {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures").appendingPathComponent(name).path
    }

    static func read(_ name: String) throws -> Posting {
        try PostingReader().read(contentsOf: path(name))
    }
}

extension Posting {
    /// Whether the clean text holds `sentence` (white space folded).
    func says(_ sentence: String) -> Bool { text.contains(sentence) }
}
