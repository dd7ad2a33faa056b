// Measures the Ingest stage alone: pages/s and MB/s of PostingReader over pages held in
// memory, on one core. Run by scripts/bench-ingest.sh beside a bare C libxml2 SAX loop.
import Foundation
import Ingest

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count >= 2, let target = Int(arguments.first!) else {
    FileHandle.standardError.write(Data("usage: ingest-benchmark PAGES FILE...\n".utf8))
    exit(2)
}
let pages: [(path: String, data: Data, format: PostingReader.Format)] = arguments.dropFirst().compactMap { path in
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    return (path, data, PostingReader.Format(path: path))
}
let reader = PostingReader()
var bytes = 0
var characters = 0
var failures = 0
let start = DispatchTime.now().uptimeNanoseconds
for index in 0..<target {
    let page = pages[index % pages.count]
    bytes += page.data.count
    do {
        characters += try reader.read(page.data, source: page.path, format: page.format).text.utf8.count
    } catch {
        failures += 1
    }
}
let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
print(String(format: "swift-ingest pages=%d seconds=%.3f pages_per_s=%.0f mb_per_s=%.2f text_bytes=%d failures=%d",
             target, seconds, Double(target) / seconds, Double(bytes) / seconds / 1e6, characters, failures))
