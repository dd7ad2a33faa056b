import Core
import Foundation

/// The progress line (on standard error, only when it is a terminal) and the summary at the end.
final class BatchProgress {
    private let total: Int?
    private let interactive: Bool
    private let start = Date()
    private var lastDraw = Date.distantPast
    private(set) var done = 0
    private(set) var failed = 0
    private var perRole: [String: Int] = [:]

    init(total: Int?, interactive: Bool = isatty(STDERR_FILENO) == 1) {
        self.total = total
        self.interactive = interactive
    }

    func record(_ analysis: PostingAnalysis) {
        done += 1
        if analysis.error != nil { failed += 1 } else if let role = analysis.role { perRole[role, default: 0] += 1 }
        guard interactive else { return }
        let now = Date()
        if now.timeIntervalSince(lastDraw) >= 0.2 || done == total {
            lastDraw = now
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + line(now: now)).utf8))
        }
    }

    private func line(now: Date) -> String {
        let elapsed = max(now.timeIntervalSince(start), 1e-6)
        let rate = Double(done) / elapsed
        var text = total.map { "\(done)/\($0)" } ?? "\(done)"
        text += String(format: " postings, %.0f/s", rate)
        if let total, rate > 0, done < total { text += String(format: ", ETA %.0fs", Double(total - done) / rate) }
        if failed > 0 { text += ", \(failed) failed" }
        return text
    }

    /// The summary: how many, how fast, per role, and failures.
    func finish(labels: [String]) {
        if interactive { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        let elapsed = Date().timeIntervalSince(start)
        var text = String(format: "classify: %d postings in %.1fs (%.0f/s)", done, elapsed, Double(done) / max(elapsed, 1e-6))
        let counts = labels.compactMap { label in perRole[label].map { "\(label) \($0)" } }
        if !counts.isEmpty { text += "; " + counts.joined(separator: ", ") }
        text += "; \(failed) failed\n"
        FileHandle.standardError.write(Data(text.utf8))
    }
}
