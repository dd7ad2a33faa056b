import Core
import Foundation
import Ingest
import Server

/// Recruiters' tags as labeled postings: from a tag store (SQLite) or its JSON Lines export.
/// Only tags that kept their requisition's text can train or be evaluated.
enum TaggedRequisitions {
    static func load(_ path: String) throws -> LabeledCorpus {
        let tags: [Tag]
        if ["jsonl", "ndjson"].contains((path as NSString).pathExtension.lowercased()) {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw ClassifyError.loadingCorpus(.corpus(path: path, reason: "cannot read the tags"))
            }
            var decoded: [Tag] = []
            for (number, line) in text.split(separator: "\n").enumerated() {
                guard let tag = try? JSONDecoder().decode(Tag.self, from: Data(line.utf8)) else {
                    throw ClassifyError.loadingCorpus(.corpus(path: path, reason: "line \(number + 1) is not a tag"))
                }
                decoded.append(tag)
            }
            tags = decoded
        } else {
            guard FileManager.default.fileExists(atPath: path) else {
                throw ClassifyError.loadingCorpus(.corpus(path: path, reason: "no such tag store"))
            }
            do { tags = try TagStore(path: path).tags() } catch {
                throw ClassifyError.loadingCorpus(.corpus(path: path, reason: "not a tag store: \(error.localizedDescription)"))
            }
        }
        let reader = PostingReader()
        var documents: [LabeledCorpus.Document] = []
        var failures: [IngestError] = []
        for tag in tags {
            guard let text = tag.text else { continue }
            do {
                let posting = try reader.read(Data(text.utf8), source: "tag:\(tag.id)", format: .markdown)
                documents.append(.init(id: "tags/\(tag.id)", label: tag.role, posting: posting))
            } catch {
                failures.append(error)
            }
        }
        return LabeledCorpus(documents: documents, failures: failures)
    }
}
