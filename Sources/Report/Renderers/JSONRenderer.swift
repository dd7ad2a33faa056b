import Foundation

/// The report as one JSON document (keys sorted, so the same corpus gives the same bytes).
struct JSONRenderer {
    func render(_ data: ReportData) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(data), as: UTF8.self) + "\n"
    }
}
