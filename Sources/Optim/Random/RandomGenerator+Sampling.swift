extension RandomGenerator {
    /// Shuffles `array` in place by Fisher–Yates: for i = n−1 … 1, swap element i with a uniform
    /// j ∈ 0...i.
    public mutating func shuffle<Element>(_ array: inout [Element]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, to: 0, by: -1) {
            array.swapAt(i, int(below: i + 1))
        }
    }

    /// A uniformly random permutation of 0..<n (a Fisher–Yates shuffle of the identity).
    public mutating func permutation(_ n: Int) -> [Int] {
        var indices = Array(0..<n)
        shuffle(&indices)
        return indices
    }

    /// One epoch of mini-batches over `count` samples: a random permutation cut into consecutive
    /// batches of `batchSize` indices; the last batch holds the remainder (torch's `drop_last=False`).
    public mutating func miniBatches(count: Int, batchSize: Int) -> [[Int]] {
        precondition(batchSize > 0, "miniBatches needs batchSize > 0, got \(batchSize)")
        let order = permutation(count)
        return stride(from: 0, to: count, by: batchSize).map { Array(order[$0..<Swift.min($0 + batchSize, count)]) }
    }

    /// A vector of `count` independent N(0, σ²) draws.
    public mutating func normalVector(count: Int, standardDeviation: Double = 1) -> Vector {
        Vector((0..<count).map { _ in standardDeviation * normal() })
    }

    /// A `rows`×`cols` matrix of independent N(0, σ²) draws, filled row by row.
    public mutating func normalMatrix(rows: Int, cols: Int, standardDeviation: Double = 1) -> Matrix {
        Matrix(rows: rows, cols: cols, scalars: (0..<(rows * cols)).map { _ in standardDeviation * normal() })
    }
}
