import Foundation
import Testing
@testable import Ingest

/// Inputs that are not postings, or are built to hurt: a result or a clear error, never a crash.
struct HostileInputTests {
    @Test func hundredThousandDeepNestingParsesWithoutStackOverflow() throws {
        let depth = 100_000
        var html = "<html><body><h1>IAM Engineer</h1>"
        html += String(repeating: "<div>", count: depth)
        html += "<p>Deep inside the nesting sits the sentence.</p>"
        html += String(repeating: "</div>", count: depth)
        html += "<p>After the nesting.</p></body></html>"
        let posting = try PostingReader().read(Data(html.utf8), source: "deep.html")
        #expect(posting.title == "IAM Engineer")
        #expect(posting.says("Deep inside the nesting sits the sentence."))
        #expect(posting.says("After the nesting."))
    }

    @Test func unclosedDeepNestingAlsoParses() throws {
        let html = "<h1>IAM Analyst</h1>" + String(repeating: "<span><b><i>", count: 50_000) + "text at the bottom"
        let posting = try PostingReader().read(Data(html.utf8), source: "unclosed.html")
        #expect(posting.says("text at the bottom"))
    }

    @Test func emptyFileIsAClearError() {
        #expect(throws: IngestError.empty(source: Fixture.path("empty.html"))) { try Fixture.read("empty.html") }
        #expect(throws: IngestError.empty(source: Fixture.path("whitespace.html"))) { try Fixture.read("whitespace.html") }
    }

    @Test func imageAndPDFAreRefusedAsBinary() {
        #expect(throws: IngestError.binary(source: Fixture.path("image.png"), detected: "PNG image")) {
            try Fixture.read("image.png")
        }
        #expect(throws: IngestError.binary(source: Fixture.path("document.pdf"), detected: "PDF document")) {
            try Fixture.read("document.pdf")
        }
    }

    @Test func errorMessageNamesTheInputAndTheReason() {
        let error = IngestError.binary(source: "scrape/123.html", detected: "PDF document")
        #expect(error.description == "scrape/123.html: not a posting: binary content (PDF document)")
    }

    @Test func inputOverTheSizeLimitIsRefusedBeforeParsing() {
        let reader = PostingReader(limits: .init(maxBytes: 1_000))
        let big = Data(("<p>" + String(repeating: "identity ", count: 200) + "</p>").utf8)
        #expect(throws: IngestError.tooLarge(source: "big.html", bytes: big.count, limit: 1_000)) {
            try reader.read(big, source: "big.html")
        }
        #expect(PostingReader.Limits.default.maxBytes == 10 * 1024 * 1024)
    }

    @Test func pageWithOnlyScriptsHasNoText() {
        #expect(throws: IngestError.noText(source: Fixture.path("scripts-only.html"))) { try Fixture.read("scripts-only.html") }
    }

    @Test func missingFileAndDirectoryAreUnreadable() {
        #expect(throws: IngestError.self) { try PostingReader().read(contentsOf: "/no/such/posting.html") }
        #expect(throws: IngestError.unreadable(source: "/tmp", reason: "it is a directory")) {
            try PostingReader().read(contentsOf: "/tmp")
        }
    }

    @Test func undeclaredInvalidUTF8IsReadAsWindows1252WithAWarning() throws {
        let posting = try Fixture.read("invalid-utf8.html")
        #expect(posting.says("and then the text goes on."))
        #expect(posting.warnings == ["no charset declared and the bytes are not valid UTF-8; read as windows-1252"])
    }

    @Test func declaredUTF8WithInvalidBytesIsReplacedWithAWarning() throws {
        let posting = try Fixture.read("declared-utf8-invalid.html")
        #expect(posting.says("Caf\u{FFFD} culture and SCIM connectors."))
        #expect(posting.warnings == ["invalid UTF-8: 1 byte sequence replaced with U+FFFD"])
    }

    @Test(arguments: 0..<200)
    func randomBytesNeverCrash(seed: Int) {
        var generator = SplitMix64(seed: UInt64(seed))
        let length = Int(generator.next() % 4096)
        var bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        // Half the cases look like markup so that the parser, not the sniffer, sees them.
        if seed % 2 == 0 { bytes = Array("<html><body><p>".utf8) + bytes.map { $0 == 0 ? 0x3C : $0 } }
        do {
            let posting = try PostingReader().read(Data(bytes), source: "random-\(seed)")
            #expect(!posting.text.isEmpty || posting.title != nil)
        } catch {
            #expect(!error.reason.isEmpty)
        }
    }
}

/// A small deterministic generator for the fuzz cases.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
