import Foundation
import Ingest

/// A labeled tree of postings in `load_files` layout: `<root>/<label>/<posting>`.
public struct LabeledCorpus: Sendable {
    public struct Document: Sendable {
        /// The path below the root, `label/name`.
        public var id: String
        public var label: String
        public var posting: Posting

        public init(id: String, label: String, posting: Posting) {
            self.id = id
            self.label = label
            self.posting = posting
        }
    }

    /// Documents sorted by id, so every run sees them in the same order.
    public var documents: [Document]
    /// Inputs that could not be read, with the reason.
    public var failures: [IngestError]

    public init(documents: [Document], failures: [IngestError] = []) {
        self.documents = documents.sorted { $0.id < $1.id }
        self.failures = failures
    }

    /// The extensions read from a corpus tree.
    public static let extensions: Set<String> = ["html", "htm", "txt", "md"]

    /// Reads every posting under `root`; the folder directly below the root is the label.
    public static func load(_ root: String, reader: PostingReader = PostingReader()) throws(CoreError) -> LabeledCorpus {
        let manager = FileManager.default
        guard let labels = try? manager.contentsOfDirectory(atPath: root) else {
            throw CoreError.corpus(path: root, reason: "not a readable directory")
        }
        var documents: [Document] = []
        var failures: [IngestError] = []
        for label in labels.sorted() {
            var isDirectory: ObjCBool = false
            let folder = root + "/" + label
            guard manager.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue,
                  !label.hasPrefix(".")
            else { continue }
            let names = (try? manager.contentsOfDirectory(atPath: folder)) ?? []
            for name in names.sorted() where extensions.contains((name as NSString).pathExtension.lowercased()) {
                do {
                    let posting = try reader.read(contentsOf: folder + "/" + name)
                    documents.append(Document(id: label + "/" + name, label: label, posting: posting))
                } catch {
                    failures.append(error)
                }
            }
        }
        if documents.isEmpty { throw CoreError.corpus(path: root, reason: "no postings found in label folders") }
        return LabeledCorpus(documents: documents, failures: failures)
    }

    /// Stratified fold of each document: within each label, documents sorted by id go to
    /// folds 0, 1, …, k−1, 0, 1, … in turn. `scripts/reference_sklearn.py` assigns the same folds.
    public func folds(_ k: Int) -> [Int] {
        var seen: [String: Int] = [:]
        return documents.map { document in
            let position = seen[document.label, default: 0]
            seen[document.label] = position + 1
            return position % k
        }
    }

    /// A 64-bit FNV-1a digest of every document's id, label and text, for the model's metadata.
    public func digest() -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for document in documents {
            for byte in (document.id + "\u{0}" + document.label + "\u{0}" + document.posting.text + "\u{0}").utf8 {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01B3
            }
        }
        return String(hash, radix: 16)
    }
}
