import Foundation

/// The Cholesky factorisation A = L Lᵀ of a symmetric positive-definite matrix, L lower triangular
/// with a positive diagonal.
///
/// Lⱼⱼ = √(Aⱼⱼ − Σₖ<ⱼ Lⱼₖ²),  Lᵢⱼ = (Aᵢⱼ − Σₖ<ⱼ LᵢₖLⱼₖ) / Lⱼⱼ for i > j.
/// Solving Ax = b is then two triangular solves, Ly = b and Lᵀx = y.
public struct CholeskyDecomposition: Sendable {
    /// The lower-triangular factor L.
    public let lower: Matrix

    /// Factors `matrix`, reading only its lower triangle.
    ///
    /// - Throws: ``OptimError/shapeMismatch(_:)`` if it is not square; ``OptimError/singular(_:)`` if a
    ///   pivot Aⱼⱼ − Σ Lⱼₖ² is not positive (the matrix is not positive definite).
    public init(_ matrix: Matrix) throws {
        guard matrix.isSquare else {
            throw OptimError.shapeMismatch("Cholesky needs a square matrix, got \(matrix.shapeDescription)")
        }
        let n = matrix.rows
        var l = [Double](repeating: 0, count: n * n)
        try l.withUnsafeMutableBufferPointer { l in
            for j in 0..<n {
                if Interruption.shouldStop { return }
                var pivot = matrix.scalars[j * n + j]
                for k in 0..<j { pivot -= l[j * n + k] * l[j * n + k] }
                guard pivot > 0, pivot.isFinite else {
                    throw OptimError.singular(
                        "\(matrix.shapeDescription) matrix is not positive definite (pivot \(j) is \(pivot))")
                }
                let ljj = pivot.squareRoot()
                l[j * n + j] = ljj
                for i in (j + 1)..<Swift.max(j + 1, n) {
                    var sum = matrix.scalars[i * n + j]
                    for k in 0..<j { sum -= l[i * n + k] * l[j * n + k] }
                    l[i * n + j] = sum / ljj
                }
            }
        }
        lower = Matrix(rows: n, cols: n, scalars: l)
    }

    /// Solves Ax = b by forward substitution Ly = b then back substitution Lᵀx = y.
    ///
    /// - Throws: ``OptimError/shapeMismatch(_:)`` naming both shapes if `b` has the wrong length.
    public func solve(_ b: Vector) throws -> Vector {
        let n = lower.rows
        guard b.count == n else {
            throw OptimError.shapeMismatch("solve with \(lower.shapeDescription) and \(b.shapeDescription)")
        }
        var x = b.scalars
        let l = lower.scalars
        for i in 0..<n {
            var sum = x[i]
            for k in 0..<i { sum -= l[i * n + k] * x[k] }
            x[i] = sum / l[i * n + i]
        }
        for i in stride(from: n - 1, through: 0, by: -1) {
            var sum = x[i]
            for k in (i + 1)..<Swift.max(i + 1, n) { sum -= l[k * n + i] * x[k] }
            x[i] = sum / l[i * n + i]
        }
        return Vector(x)
    }

    /// log det A = 2 Σᵢ log Lᵢᵢ.
    public var logDeterminant: Double {
        2 * lower.diagonal.scalars.reduce(0) { $0 + Foundation.log($1) }
    }
}
