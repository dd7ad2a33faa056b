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

    static func classify(_ arguments: [String]) throws -> Run {
        let binary = Bundle.main.bundleURL.appendingPathComponent("classify")
        let process = Process()
        process.executableURL = FileManager.default.fileExists(atPath: binary.path)
            ? binary : root.appendingPathComponent(".build/debug/classify")
        process.arguments = arguments
        process.currentDirectoryURL = FileManager.default.temporaryDirectory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
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
    }
}
