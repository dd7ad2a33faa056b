import ArgumentParser
import Core
import Foundation
import Ingest

extension Classify {
    /// `classify skills FILE...`: only the extraction, for quick use.
    struct Skills: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the skills (by category, required or preferred), seniority, years and identity type of each posting.",
            discussion: "Uses the taxonomy stored in the model (so that answers match `classify`); --taxonomy reads another."
        )

        @OptionGroup var output: OutputOptions
        @OptionGroup var modelOptions: ModelOptions
        @Option(help: ArgumentHelp("Read the taxonomy from this directory instead of the model.", valueName: "dir"))
        var taxonomy: String?

        @Argument(help: "Posting files (.html, .htm, .txt, .md).", completion: .file())
        var files: [String]

        func validate() throws {
            if files.isEmpty { throw ValidationError("give at least one posting file") }
        }

        struct Record: Encodable {
            var source: String
            var title: String?
            var skills: [SkillMention]
            var seniority: String?
            var yearsExperience: Int?
            var identityType: Extraction.IdentityType

            enum CodingKeys: String, CodingKey { case source, title, skills, seniority, yearsExperience, identityType }
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(source, forKey: .source)
                try container.encode(title, forKey: .title)
                try container.encode(skills, forKey: .skills)
                try container.encode(seniority, forKey: .seniority)
                try container.encode(yearsExperience, forKey: .yearsExperience)
                try container.encode(identityType, forKey: .identityType)
            }
        }

        func run() async throws {
            let model = taxonomy == nil ? try modelOptions.load() : nil
            let taxonomy: Taxonomy
            if let model {
                taxonomy = model.taxonomy
            } else {
                do { taxonomy = try Taxonomy.load(directory: self.taxonomy!) } catch { throw ClassifyError.loadingTaxonomy(error) }
            }
            let extractor = SkillExtractor(taxonomy: taxonomy)
            let reader = PostingReader()
            let writer = OutputWriter()
            var failures = 0
            for path in files {
                do {
                    let posting = try reader.read(contentsOf: path)
                    let extraction = extractor.extract(posting, role: model?.classify(posting, evidence: 0).role)
                    if output.json {
                        writer.line(try JSONLines.encode(Record(source: posting.source, title: posting.title, skills: extraction.skills,
                                                                seniority: extraction.seniority, yearsExperience: extraction.yearsExperience,
                                                                identityType: extraction.identityType)))
                    } else {
                        writer.block("== \(posting.source)\n" + (posting.title.map { "Title:      \($0)\n" } ?? "")
                                     + ExtractionText.render(extraction, taxonomy: taxonomy))
                    }
                } catch {
                    failures += 1
                    writer.failure(source: path, message: error.reason, json: output.json)
                }
            }
            if failures > 0 { throw ExitCode(1) }
        }
    }
}
