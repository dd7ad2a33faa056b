import Foundation
import Ingest

/// One input of a batch, in the order given.
struct BatchItem: Sendable {
    enum Payload: Sendable {
        case file(String)
        case html(String)
        case text(String)
        /// A stdin line that is not a usable record; the reason becomes its error record.
        case invalid(String)
    }

    var index: Int
    var source: String
    var id: String?
    var url: String?
    var payload: Payload
}

/// Walks the command's inputs lazily: files as given, directories recursively (each level in
/// sorted order, `.html`, `.htm`, `.txt`, `.md`), and `-` as JSON Lines on standard input
/// (`{"id", "html"}` or `{"id", "text"}`, `url` optional). Memory stays bounded by the largest
/// directory listing, whatever the number of inputs.
struct BatchInput: Sequence, IteratorProtocol {
    static let extensions: Set<String> = ["html", "htm", "txt", "md"]

    private var arguments: [String]
    private var pending: [String] = []
    private var directories: [String] = []
    private var readingStandardInput = false
    private var lineNumber = 0
    private var index = 0

    init(arguments: [String]) {
        self.arguments = arguments.reversed()
    }

    mutating func next() -> BatchItem? {
        while true {
            if readingStandardInput {
                if let line = readLine(strippingNewline: true) {
                    lineNumber += 1
                    if line.allSatisfy(\.isWhitespace) { continue }
                    return item(Self.record(line, number: lineNumber))
                }
                readingStandardInput = false
            }
            if let file = pending.popLast() { return item(("\(file)", nil, nil, .file(file))) }
            if let directory = directories.popLast() {
                expand(directory)
                continue
            }
            guard let argument = arguments.popLast() else { return nil }
            if argument == "-" {
                readingStandardInput = true
                lineNumber = 0
                continue
            }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue {
                directories.append(argument)
            } else {
                return item((argument, nil, nil, .file(argument)))
            }
        }
    }

    private mutating func item(_ parts: (source: String, id: String?, url: String?, payload: BatchItem.Payload)) -> BatchItem {
        defer { index += 1 }
        return BatchItem(index: index, source: parts.source, id: parts.id, url: parts.url, payload: parts.payload)
    }

    /// Lists one directory: its postings (sorted) come next, its subdirectories after them.
    private mutating func expand(_ directory: String) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
        var files: [String] = [], subdirectories: [String] = []
        for name in names where !name.hasPrefix(".") {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                subdirectories.append(path)
            } else if Self.extensions.contains((name as NSString).pathExtension.lowercased()) {
                files.append(path)
            }
        }
        pending.append(contentsOf: files.reversed())
        directories.append(contentsOf: subdirectories.reversed())
    }

    private struct Record: Decodable {
        var id: String?
        var url: String?
        var html: String?
        var text: String?
    }

    /// A stdin line as a record; the source is `stdin:LINE` unless the record has an id.
    static func record(_ line: String, number: Int) -> (String, String?, String?, BatchItem.Payload) {
        let fallback = "stdin:\(number)"
        guard let record = try? JSONDecoder().decode(Record.self, from: Data(line.utf8)) else {
            return (fallback, nil, nil, .invalid("not a JSON object with \"html\" or \"text\""))
        }
        let source = record.id ?? fallback
        if let html = record.html { return (source, record.id, record.url, .html(html)) }
        if let text = record.text { return (source, record.id, record.url, .text(text)) }
        return (source, record.id, record.url, .invalid("the record has neither \"html\" nor \"text\""))
    }

    /// How many inputs the file and directory arguments hold (standard input is not counted),
    /// for the progress line.
    static func count(_ arguments: [String]) -> Int? {
        guard !arguments.contains("-") else { return nil }
        var walker = BatchInput(arguments: arguments)
        var count = 0
        while walker.next() != nil { count += 1 }
        return count
    }
}
