import Core
import Foundation
import Ingest

/// Runs the batch: items are analysed by up to `jobs` concurrent tasks and handed to `emit`
/// in input order, as soon as every earlier item is done. At most `jobs × 4` items are in
/// flight or waiting for an earlier one, so memory stays constant whatever the batch size.
struct BatchRunner {
    var classifier: Classifier
    var reader = PostingReader()
    var jobs: Int
    var evidence: Int

    func analyze(_ item: BatchItem) -> PostingAnalysis {
        let posting: Posting
        do {
            switch item.payload {
            case .file(let path):
                posting = try reader.read(contentsOf: path)
            case .html(let html):
                posting = try reader.read(Data(html.utf8), source: item.source, format: .html)
            case .text(let text):
                posting = try reader.read(Data(text.utf8), source: item.source, format: .text)
            case .invalid(let reason):
                return PostingAnalysis(source: item.source, id: item.id, url: item.url, error: reason)
            }
        } catch {
            return PostingAnalysis(source: item.source, id: item.id, url: item.url, error: error.reason)
        }
        return classifier.analyze(posting, evidence: evidence, id: item.id, url: item.url)
    }

    func run(_ input: BatchInput, emit: (PostingAnalysis) -> Void) async {
        let window = max(1, jobs) * 4
        await withTaskGroup(of: (Int, PostingAnalysis).self) { group in
            var input = input
            var inFlight = 0, nextToEmit = 0
            var waiting: [Int: PostingAnalysis] = [:]
            func drain(_ result: (Int, PostingAnalysis)) {
                waiting[result.0] = result.1
                while let ready = waiting.removeValue(forKey: nextToEmit) {
                    emit(ready)
                    nextToEmit += 1
                }
            }
            while let item = input.next() {
                // Wait while all workers are busy, or while results held back behind a slow
                // earlier item would take the window past its size.
                while inFlight >= max(1, jobs) || inFlight + waiting.count >= window, let done = await group.next() {
                    inFlight -= 1
                    drain(done)
                }
                group.addTask { [self] in (item.index, analyze(item)) }
                inFlight += 1
            }
            for await done in group { drain(done) }
        }
    }
}
