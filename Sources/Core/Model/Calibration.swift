import Foundation

/// Turns naive Bayes scores into probabilities that mean what they say, and decides `none`.
///
/// Naive Bayes scores are far from probabilities; temperature scaling (Guo et al. 2017)
/// fits one factor `T` so that `softmax(T · score)` minimises the log loss on out-of-fold
/// scores. `none` is a trained class, and also a threshold: when the best IAM role's
/// probability is below ``noneThreshold`` the answer is `none`.
public struct Calibration: Sendable, Hashable, Codable {
    public var temperature: Double
    public var noneThreshold: Double

    public init(temperature: Double, noneThreshold: Double) {
        self.temperature = temperature
        self.noneThreshold = noneThreshold
    }

    public func probabilities(_ scores: [Double]) -> [Double] {
        Self.softmax(scores, temperature: temperature)
    }

    static func softmax(_ scores: [Double], temperature: Double) -> [Double] {
        let scaled = scores.map { $0 * temperature }
        let top = scaled.max() ?? 0
        let exps = scaled.map { exp($0 - top) }
        let sum = exps.reduce(0, +)
        return exps.map { $0 / sum }
    }

    /// The temperature minimising the mean negative log-likelihood of `truth` under
    /// `softmax(T · scores)`, by golden-section search on `log T`.
    static func fitTemperature(scores: [[Double]], truth: [Int]) -> Double {
        func loss(_ logT: Double) -> Double {
            let t = exp(logT)
            var total = 0.0
            for (row, label) in zip(scores, truth) {
                total -= log(max(softmax(row, temperature: t)[label], 1e-300))
            }
            return total / Double(max(truth.count, 1))
        }
        var (low, high) = (log(1.0), log(1e8))
        let ratio = (5.0.squareRoot() - 1) / 2
        for _ in 0..<100 {
            let a = high - ratio * (high - low), b = low + ratio * (high - low)
            if loss(a) < loss(b) { high = b } else { low = a }
        }
        return exp((low + high) / 2)
    }

    /// Expected calibration error: the mean gap between confidence and accuracy over
    /// `bins` equal-width confidence bins, weighted by each bin's share of predictions.
    public static func expectedCalibrationError(confidences: [Double], correct: [Bool], bins: Int = 10) -> Double {
        var confidenceSum = Array(repeating: 0.0, count: bins)
        var correctSum = Array(repeating: 0.0, count: bins)
        var counts = Array(repeating: 0, count: bins)
        for (confidence, hit) in zip(confidences, correct) {
            let bin = min(bins - 1, Int(confidence * Double(bins)))
            confidenceSum[bin] += confidence
            correctSum[bin] += hit ? 1 : 0
            counts[bin] += 1
        }
        let n = Double(max(confidences.count, 1))
        return (0..<bins).reduce(0) { total, bin in
            counts[bin] == 0 ? total : total + abs(confidenceSum[bin] - correctSum[bin]) / n
        }
    }
}
