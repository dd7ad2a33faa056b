import Foundation
import Ingest

/// Writes results to standard output and failures to standard error (or, in JSON mode, as
/// `{"source", "error"}` records on standard output, so every input yields one record).
struct OutputWriter {
    /// One line, flushed at once so that a reader of a pipe sees each record as it is ready.
    func line(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// A multi-line block followed by a blank line.
    func block(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n\n").utf8))
    }

    func failure(source: String, message: String, json: Bool) {
        if json {
            line(JSONLines.errorRecord(source: source, message: message))
        } else {
            FileHandle.standardError.write(Data("classify: \(source): \(message)\n".utf8))
        }
    }
}

/// JSON Lines encoding with Foundation's coder: one object per line. Keys are sorted: on
/// Linux the encoder otherwise writes them in hash order, which changes from run to run.
enum JSONLines {
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    struct ErrorRecord: Encodable {
        var source: String
        var error: String
    }

    static func errorRecord(source: String, message: String) -> String {
        (try? encode(ErrorRecord(source: source, error: message))) ?? #"{"error":"unencodable error"}"#
    }
}

extension Error {
    /// The reason without the input's name (the caller prints the name).
    var reason: String {
        if let error = self as? IngestError { return error.reason }
        return String(describing: self)
    }
}
