import Core
import Foundation

/// How batch results are printed.
enum OutputFormat: String, CaseIterable, Sendable {
    /// A block per posting for people (the default at a terminal).
    case text
    /// One JSON object per line: what `classify report`, Spark and GNU parallel read.
    case jsonl
    /// A header, then one row per posting.
    case csv
    /// One aligned line per posting.
    case table
}

/// Writes each record as soon as it is ready, flushed per line, on standard output.
struct RecordWriter {
    var format: OutputFormat
    var model: RoleModel
    var top: Int
    var explain: Bool

    static let csvColumns = ["source", "id", "url", "title", "role", "confidence", "runner_up", "runner_up_score", "seniority",
                             "years_experience", "identity_type", "required_skills", "preferred_skills", "other_skills", "error"]

    func header() {
        switch format {
        case .csv: write(Self.csvColumns.joined(separator: ","))
        case .table: write("role".padding(toLength: 24) + "conf  " + "seniority ".padding(toLength: 10) + "title".padding(toLength: 46) + "source")
        case .text, .jsonl: break
        }
    }

    func record(_ analysis: PostingAnalysis) {
        switch format {
        case .jsonl:
            write((try? JSONLines.encode(analysis)) ?? JSONLines.errorRecord(source: analysis.source, message: "unencodable record"))
        case .csv:
            write(csvRow(analysis))
        case .table:
            write(tableRow(analysis))
        case .text:
            if let error = analysis.error {
                FileHandle.standardError.write(Data("classify: \(analysis.source): \(error)\n".utf8))
            } else {
                write(AnalysisText.render(analysis, model: model, top: top, explain: explain) + "\n")
            }
        }
    }

    func tableRow(_ analysis: PostingAnalysis) -> String {
        let role: String, confidence: String, seniority: String, title: String
        if let error = analysis.error {
            (role, confidence, seniority, title) = ("ERROR", "      ", "", String(error.prefix(44)))
        } else {
            role = analysis.role ?? "?"
            confidence = String(format: "%3.0f%%  ", (analysis.confidence ?? 0) * 100)
            seniority = analysis.seniority ?? "-"
            title = String((analysis.title ?? "-").prefix(44))
        }
        var row = role.padding(toLength: 24)
        row += confidence
        row += seniority.padding(toLength: 10)
        row += title.padding(toLength: 46)
        return row + analysis.source
    }

    func csvRow(_ analysis: PostingAnalysis) -> String {
        let skills = analysis.skills ?? []
        let runnerUp = analysis.ranking?.first { $0.role != analysis.role }
        let fields: [String] = [
            analysis.source, analysis.id ?? "", analysis.url ?? "", analysis.title ?? "", analysis.role ?? "",
            analysis.confidence.map { String(format: "%.4f", $0) } ?? "", runnerUp?.role ?? "",
            runnerUp.map { String(format: "%.4f", $0.score) } ?? "", analysis.seniority ?? "",
            analysis.yearsExperience.map(String.init) ?? "", analysis.identityType?.rawValue ?? "",
            skills.filter { $0.required == true }.map(\.id).joined(separator: ";"),
            skills.filter { $0.required == false }.map(\.id).joined(separator: ";"),
            skills.filter { $0.required == nil }.map(\.id).joined(separator: ";"),
            analysis.error ?? "",
        ]
        return fields.map(Self.csvField).joined(separator: ",")
    }

    /// RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled.
    static func csvField(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private func write(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
