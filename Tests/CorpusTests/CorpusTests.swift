import Foundation
import Testing
@testable import Core
import Ingest

/// Checks of the training corpus: the labeling contract, the annotations' exactness, and
/// that postings are the project's own writing (no near-duplicates, nothing copied from seeds).
@Suite(.serialized)
struct CorpusTests {
    static let corpus = Corpus.shared

    @Test func everyPostingIngestsWithoutError() {
        #expect(Self.corpus.failures.isEmpty, "\(Self.corpus.failures)")
        #expect(Self.corpus.postings.count >= 500)
    }

    @Test func everyLabelIsARoleOfTheTaxonomyAndCountsAreMet() throws {
        let taxonomy = try Self.corpus.taxonomy()
        var counts: [String: Int] = [:]
        for posting in Self.corpus.postings { counts[posting.label, default: 0] += 1 }
        #expect(Set(counts.keys) == Set(taxonomy.roles.labels))
        for role in taxonomy.roles.roles { #expect(counts[role.id, default: 0] >= 50, "\(role.id): \(counts[role.id, default: 0])") }
        #expect(counts["none", default: 0] >= 100)
    }

    @Test func annotationsAreWellFormedAndCoverAQuarterOfEveryLabel() throws {
        let taxonomy = try Self.corpus.taxonomy()
        let skillIDs = Set(taxonomy.skills.skills.map(\.id))
        let byFile = Dictionary(uniqueKeysWithValues: Self.corpus.postings.map { ($0.file, $0) })
        var annotatedPerLabel: [String: Int] = [:]
        var seen: Set<String> = []
        for annotation in Self.corpus.annotations {
            #expect(seen.insert(annotation.file).inserted, "annotated twice: \(annotation.file)")
            guard let posting = byFile[annotation.file] else {
                Issue.record("annotation of a missing file: \(annotation.file)")
                continue
            }
            #expect(annotation.role == posting.label, "\(annotation.file): role \(annotation.role)")
            #expect(annotation.skills.allSatisfy(skillIDs.contains), "\(annotation.file): unknown skill in \(annotation.skills)")
            #expect(Set(annotation.preferredSkills).isSubset(of: annotation.skills), "\(annotation.file)")
            #expect(["workforce", "customer", "unknown"].contains(annotation.identityType), "\(annotation.file)")
            #expect(annotation.seniority.map { ["entry", "mid", "senior", "lead"].contains($0) } ?? true, "\(annotation.file)")
            annotatedPerLabel[posting.label, default: 0] += 1
        }
        var totals: [String: Int] = [:]
        for posting in Self.corpus.postings { totals[posting.label, default: 0] += 1 }
        for (label, total) in totals {
            #expect(annotatedPerLabel[label, default: 0] * 4 >= total, "\(label): \(annotatedPerLabel[label, default: 0]) of \(total) annotated")
        }
    }

    /// Every annotated skill has an alias in the text, and every alias in an annotated text is
    /// annotated: the annotations and the taxonomy agree exactly.
    @Test func annotatedSkillsAreExactlyTheTaxonomyAliasesInTheText() throws {
        let matcher = SkillMatcher(taxonomy: try Self.corpus.taxonomy().skills)
        let byFile = Dictionary(uniqueKeysWithValues: Self.corpus.postings.map { ($0.file, $0) })
        var disagreements: [String] = []
        for annotation in Self.corpus.annotations {
            guard let posting = byFile[annotation.file]?.posting else { continue }
            let found = Set(matcher.matches(in: posting.text).map(\.skillID))
            let annotated = Set(annotation.skills)
            if found != annotated {
                disagreements.append("\(annotation.file): not annotated \(found.subtracting(annotated).sorted()), not in text \(annotated.subtracting(found).sorted())")
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.count) files:\n\(disagreements.joined(separator: "\n"))")
    }

    @Test func noTwoPostingsAreNearDuplicates() {
        let shingles = Self.corpus.postings.map { Shingles.hashes(of: $0.posting.text, size: 5) }
        let pairs = Shingles.pairs(shingles, atLeast: 0.5)
        let names = pairs.map { "\(Self.corpus.postings[$0.0].file) ~ \(Self.corpus.postings[$0.1].file): \($0.2)" }
        #expect(pairs.isEmpty, "\(names)")
    }

    @Test(.enabled(if: Corpus.seedsDirectory != nil, "the seeds live in ../shared/seeds beside the repository"))
    func noTwelveWordRunIsCopiedFromTheSeeds() throws {
        let directory = try #require(Corpus.seedsDirectory)
        var seedRuns: Set<Int> = []
        for name in try FileManager.default.contentsOfDirectory(atPath: directory) {
            let text = try String(contentsOfFile: directory + "/" + name, encoding: .utf8)
            seedRuns.formUnion(Shingles.hashes(of: text, size: 12))
        }
        #expect(seedRuns.count > 1000)
        let copied = Self.corpus.postings.filter { !Shingles.hashes(of: $0.posting.text, size: 12).isDisjoint(with: seedRuns) }
        #expect(copied.isEmpty, "\(copied.map(\.file))")
    }
}
