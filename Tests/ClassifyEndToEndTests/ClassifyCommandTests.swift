import Foundation
import Testing

/// Runs the built `classify` executable, as a user at a terminal would.
struct ClassifyCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func classify(_ arguments: [String], input: String? = nil) throws -> Run {
        let binary = Bundle.main.bundleURL.appendingPathComponent("classify")
        let process = Process()
        process.executableURL = FileManager.default.fileExists(atPath: binary.path)
            ? binary : root.appendingPathComponent(".build/debug/classify")
        process.arguments = arguments
        process.currentDirectoryURL = FileManager.default.temporaryDirectory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = Pipe()
        process.standardInput = stdin
        try process.run()
        stdin.fileHandleForWriting.write(Data((input ?? "").utf8))
        try stdin.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    static let sample = root.appendingPathComponent("corpus/samples/identity-engineer.html").path
    static let fixtures = root.appendingPathComponent("Tests/IngestTests/Fixtures").path

    @Test func textJSONPrintsOneRecordPerInputAndErrorsForBadOnes() throws {
        let run = try Self.classify(["text", "--json", Self.sample, Self.fixtures + "/document.pdf", Self.fixtures + "/plain.txt"])
        #expect(run.status == 1)
        let records = run.stdout.split(separator: "\n").map {
            try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
        #expect(records.count == 3)
        #expect(records[0]["title"] as? String == "Identity Engineer (Okta)")
        #expect((records[0]["text"] as? String)?.contains("Workday is the source of truth") == true)
        #expect((records[0]["text"] as? String)?.contains("cookies") == false)
        #expect(records[1]["source"] as? String == Self.fixtures + "/document.pdf")
        #expect(records[1]["error"] as? String == "not a posting: binary content (PDF document)")
        #expect(records[2]["title"] as? String == "Junior IAM Analyst")
    }

    @Test func textPrintsTitleMetadataAndSectionKinds() throws {
        let run = try Self.classify(["text", Self.sample])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Title:        Identity Engineer (Okta)"))
        #expect(run.stdout.contains("## What you'll do  [responsibilities]"))
        #expect(run.stdout.contains("## Nice to have  [preferred]"))
    }

    @Test func failedInputIsNamedOnStandardErrorAndOthersStillPrint() throws {
        let run = try Self.classify(["text", Self.fixtures + "/empty.html", Self.sample])
        #expect(run.status == 1)
        #expect(run.stderr.contains("empty.html: not a posting: the input is empty"))
        #expect(run.stdout.contains("Identity Engineer (Okta)"))
    }

    @Test func usageErrorsExitWithStatusTwo() throws {
        #expect(try Self.classify(["text"]).status == 2)
        #expect(try Self.classify(["text", "--no-such-flag", Self.sample]).status == 2)
        #expect(try Self.classify(["--top", "-1", Self.sample]).status == 2)
        #expect(try Self.classify(["eval", "--train", "x"]).status == 2)
    }

    @Test func classifyJSONFollowsTheContractForGoodAndBadInputs() throws {
        let run = try Self.classify(["--json", Self.sample, Self.fixtures + "/image.png"])
        #expect(run.status == 1)
        let records = run.stdout.split(separator: "\n").map {
            try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
        #expect(records.count == 2)
        let answer = records[0]
        #expect(answer["source"] as? String == Self.sample)
        #expect(answer["title"] as? String == "Identity Engineer (Okta)")
        #expect(answer["role"] as? String == "iam-engineer")
        let confidence = try #require(answer["confidence"] as? Double)
        #expect((0...1).contains(confidence))
        let ranking = try #require(answer["ranking"] as? [[String: Any]])
        #expect(ranking.count == 8)
        #expect(ranking.first?["role"] as? String == "iam-engineer")
        let scores = ranking.compactMap { $0["score"] as? Double }
        #expect(scores == scores.sorted(by: >))
        let evidence = try #require(answer["evidence"] as? [[String: Any]])
        #expect(!evidence.isEmpty && evidence.allSatisfy { $0["feature"] is String && $0["weight"] is Double })
        #expect(records[1]["error"] as? String == "not a posting: binary content (PNG image)")
        // Skill extraction in the same record.
        let skills = try #require(answer["skills"] as? [[String: Any]])
        let okta = try #require(skills.first { $0["id"] as? String == "okta" })
        #expect(okta["category"] as? String == "identity-platform")
        #expect(okta["count"] as? Int == 6)
        #expect(okta.keys.contains("required"))
        #expect(skills.first { $0["id"] as? String == "saml" }?["required"] as? Bool == true)
        #expect(skills.first { $0["id"] as? String == "scim" }?["required"] is NSNull)
        #expect(skills.first { $0["id"] as? String == "sailpoint" }?["required"] as? Bool == false)
        #expect(answer["seniority"] as? String == "mid")
        #expect(answer["yearsExperience"] as? Int == 3)
        #expect(answer["identityType"] as? String == "workforce")
    }

    @Test func skillsCommandGroupsByCategoryAndMarksPreferred() throws {
        let run = try Self.classify(["skills", Self.sample])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Seniority:  mid · 3+ years · workforce identity"))
        #expect(run.stdout.contains("Identity governance:  SailPoint*"))
    }

    @Test func evalSkillsReportsTheExtractionFigures() throws {
        let run = try Self.classify(["eval", "--skills", "--json"])
        #expect(run.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(report["postings"] as? Int ?? 0 >= 200)
        let skills = try #require(report["skills"] as? [String: Any])
        #expect(skills["precision"] as? Double ?? 0 >= 0.97)
        #expect(skills["recall"] as? Double ?? 0 >= 0.95)
    }

    @Test func classifyFindsTheCommittedModelFromAnyDirectoryAndExplains() throws {
        let run = try Self.classify(["--explain", Self.sample])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Role:       IAM Engineer (iam-engineer)"))
        #expect(run.stdout.contains("Probabilities (calibrated"))
        #expect(run.stdout.contains("Decided by: "))
    }

    @Test func missingOrForeignModelIsAClearError() throws {
        let missing = try Self.classify(["--model", "/no/such.model", Self.sample])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("/no/such.model: no model file here"))
        let foreign = try Self.classify(["--model", Self.sample, Self.sample])
        #expect(foreign.status == 1)
        #expect(foreign.stderr.contains("not a role model file"))
    }

    /// A scraped-style directory with broken files: one record per input, in input order.
    @Test func batchDirectoryYieldsOneRecordPerInputInOrder() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("classify-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("b"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let fixtures = URL(fileURLWithPath: Self.fixtures)
        for (name, target) in [("fragment.html", "a1.html"), ("document.pdf", "a2.html"), ("plain.txt", "b/c1.txt"),
                               ("empty.html", "b/c2.htm"), ("posting.md", "b/c3.md"), ("image.png", "b/skip.png")] {
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: directory.appendingPathComponent(target))
        }
        let run = try Self.classify(["--format", "jsonl", "--jobs", "2", directory.path])
        #expect(run.status == 1)
        let records = run.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(records.map { ($0["source"] as! String).replacingOccurrences(of: directory.path + "/", with: "") }
                == ["a1.html", "a2.html", "b/c1.txt", "b/c2.htm", "b/c3.md"])
        #expect(records.map { $0["error"] != nil } == [false, true, false, true, false])
        #expect(run.stderr.contains("classify: 5 postings"))
        #expect(run.stderr.contains("2 failed"))
    }

    @Test func standardInputRecordsCarryTheirIdAndURLBack() throws {
        let input = """
            {"id": "r1", "url": "https://jobs.example/1", "text": "IAM Analyst\\nRun quarterly access reviews in SailPoint and gather SOX evidence."}
            not json
            {"id": "r3", "html": "<h1>PAM Engineer</h1><p>Rotate CyberArk privileged credentials and record sessions.</p>"}
            """
        let run = try Self.classify(["--json", "-"], input: input)
        #expect(run.status == 1)
        let records = run.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(records.count == 3)
        #expect(records[0]["id"] as? String == "r1" && records[0]["url"] as? String == "https://jobs.example/1")
        #expect(records[0]["role"] is String)
        #expect(records[1]["source"] as? String == "stdin:2" && records[1]["error"] is String)
        #expect(records[2]["id"] as? String == "r3" && records[2]["role"] as? String == "pam-engineer")
    }

    @Test func csvHasAHeaderAndOneRowPerInput() throws {
        let run = try Self.classify(["--format", "csv", Self.sample, Self.fixtures + "/empty.html"])
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("source,id,url,title,role,confidence") == true)
        #expect(lines.count == 3)
        #expect(lines[1].contains(",iam-engineer,"))
        #expect(lines[2].hasSuffix("not a posting: the input is empty"))
    }

    @Test func reportReadsAnEarlierRunAndWritesHTMLAtomically() throws {
        let first = try Self.classify(["--format", "jsonl", Self.sample, Self.fixtures + "/fragment.html"])
        let records = FileManager.default.temporaryDirectory.appendingPathComponent("run-\(UUID().uuidString).jsonl")
        let html = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString).html")
        defer { try? FileManager.default.removeItem(at: records); try? FileManager.default.removeItem(at: html) }
        try Data(first.stdout.utf8).write(to: records)
        let run = try Self.classify(["report", "--format", "html", "--out", html.path, records.path])
        #expect(run.status == 0)
        let page = try String(contentsOf: html, encoding: .utf8)
        #expect(page.contains("<svg") && page.contains("Postings per role") && !page.contains("<script"))
        let text = try Self.classify(["report", records.path])
        #expect(text.stdout.contains("IAM job postings: 2 classified"))
    }

    /// Recruiters' corrections become training data: `train --tags` counts them into a new model,
    /// and `eval --tags` measures a model on them.
    @Test func trainAndEvalReadExportedTags() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("classify-tags-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let tags = """
            {"id":"t1","role":"iam-architect","predictedRole":"iam-engineer","skillsAdded":[],"skillsRemoved":[],"status":"corrected","createdAt":"2026-11-01T00:00:00.000Z","updatedAt":"2026-11-01T00:00:00.000Z","text":"# Senior Identity Engineer\\n## What you will do\\nOwn the identity architecture, the federation strategy and the standards every team builds to."}
            {"id":"t2","role":"pam-engineer","predictedRole":"pam-engineer","skillsAdded":[],"skillsRemoved":[],"status":"accepted","createdAt":"2026-11-01T00:00:00.000Z","updatedAt":"2026-11-01T00:00:00.000Z","text":"# CyberArk Engineer\\nVault and rotate privileged credentials in CyberArk; record admin sessions."}
            {"id":"t3","role":"none","skillsAdded":[],"skillsRemoved":[],"status":"corrected","createdAt":"2026-11-01T00:00:00.000Z","updatedAt":"2026-11-01T00:00:00.000Z"}
            """
        let file = directory.appendingPathComponent("tags.jsonl")
        try Data(tags.utf8).write(to: file)
        let model = directory.appendingPathComponent("tagged.model").path
        let train = try Self.classify(["train", "--tags", file.path, "--out", model, "--folds", "2"])
        #expect(train.status == 0, "\(train.stderr)")
        #expect(train.stdout.contains("(2 from tags)"))
        let evaluation = try Self.classify(["eval", "--tags", file.path, "--model", model, "--json"])
        #expect(evaluation.status == 0, "\(evaluation.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(evaluation.stdout.utf8)) as? [String: Any])
        #expect(report["documents"] as? Int == 2)
        #expect(report["accuracy"] as? Double == 1.0)
        let info = try Self.classify(["--model", model, "--json", Self.sample])
        #expect(info.status == 0)
    }
}
