import Foundation
import Core
import Ingest

/// The repository's corpus, read once for all corpus tests.
final class Corpus: Sendable {
    struct Entry: Sendable {
        var file: String
        var label: String
        var posting: Posting
    }

    struct Annotation: Decodable, Sendable {
        var file: String
        var role: String
        var skills: [String]
        var preferredSkills: [String]
        var identityType: String
        var seniority: String?
        var yearsExperience: Int?
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let seedsDirectory: String? = {
        let path = URL(fileURLWithPath: root).deletingLastPathComponent().appendingPathComponent("shared/seeds").path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }()
    static let shared = Corpus()

    let postings: [Entry]
    let failures: [String]
    let annotations: [Annotation]

    private init() {
        let base = Self.root + "/corpus/"
        var postings: [Entry] = []
        var failures: [String] = []
        let reader = PostingReader()
        let labels = (try? FileManager.default.contentsOfDirectory(atPath: base + "postings")) ?? []
        for label in labels.sorted() {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: base + "postings/" + label)) ?? []
            for name in files.sorted() {
                let file = "postings/\(label)/\(name)"
                do {
                    postings.append(Entry(file: file, label: label, posting: try reader.read(contentsOf: base + file)))
                } catch {
                    failures.append(error.description)
                }
            }
        }
        self.postings = postings
        self.failures = failures
        let lines = (try? String(contentsOfFile: base + "annotations.jsonl", encoding: .utf8))?.split(separator: "\n") ?? []
        annotations = lines.compactMap { try? JSONDecoder().decode(Annotation.self, from: Data($0.utf8)) }
    }

    func taxonomy() throws -> Taxonomy {
        try Taxonomy.load(directory: Self.root + "/corpus/taxonomy")
    }
}

/// Word n-gram shingles for near-duplicate and copy checks.
enum Shingles {
    static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    static func hashes(of text: String, size: Int) -> Set<Int> {
        let words = words(text)
        guard words.count >= size else { return [] }
        var out: Set<Int> = []
        for start in 0...(words.count - size) { out.insert(words[start..<(start + size)].joined(separator: " ").hashValue) }
        return out
    }

    /// Pairs of sets whose Jaccard similarity is at least `threshold`, through an inverted
    /// index so that only sets sharing a shingle are compared.
    static func pairs(_ sets: [Set<Int>], atLeast threshold: Double) -> [(Int, Int, Double)] {
        var index: [Int: [Int]] = [:]
        for (document, set) in sets.enumerated() { for hash in set { index[hash, default: []].append(document) } }
        var shared: [Int: Int] = [:]
        for documents in index.values where documents.count > 1 && documents.count < 200 {
            for i in 0..<documents.count { for j in (i + 1)..<documents.count { shared[documents[i] * sets.count + documents[j], default: 0] += 1 } }
        }
        var result: [(Int, Int, Double)] = []
        for (key, count) in shared {
            let (a, b) = (key / sets.count, key % sets.count)
            let jaccard = Double(count) / Double(sets[a].count + sets[b].count - count)
            if jaccard >= threshold { result.append((a, b, jaccard)) }
        }
        return result
    }
}
