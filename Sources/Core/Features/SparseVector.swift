/// A sparse vector: feature indices in increasing order with their values.
public struct SparseVector: Sendable, Hashable {
    public var indices: [Int32]
    public var values: [Double]

    public init(indices: [Int32] = [], values: [Double] = []) {
        self.indices = indices
        self.values = values
    }

    /// Scales the vector to unit Euclidean length (a zero vector stays zero).
    public mutating func normalize() {
        let norm = values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard norm > 0 else { return }
        for index in values.indices { values[index] /= norm }
    }

    /// The dot product with a dense row.
    /// - Complexity: O(nonzeros).
    public func dot(_ dense: UnsafeBufferPointer<Double>) -> Double {
        var sum = 0.0
        for (index, value) in zip(indices, values) { sum += value * dense[Int(index)] }
        return sum
    }
}
