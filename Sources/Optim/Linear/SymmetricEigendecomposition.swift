import Foundation

/// The eigendecomposition A = V Λ Vᵀ of a symmetric matrix by the cyclic Jacobi method.
///
/// Each rotation J(p, q, θ) zeroes the off-diagonal entry Aₚq: with
/// θ = (A_qq − A_pp) / (2A_pq), t = sign(θ) / (|θ| + √(θ² + 1)), c = 1/√(t² + 1), s = tc,
/// A ← JᵀAJ and V ← VJ. Sweeps over all pairs p < q repeat until the off-diagonal Frobenius norm is
/// below 10⁻¹⁵·‖A‖_F. Jacobi is slower than QR for large n but computes small eigenvalues to high
/// relative accuracy, which matters for matrix powers such as A^(−1/4).
public struct SymmetricEigendecomposition: Sendable {
    /// The eigenvalues λ₀ ≤ λ₁ ≤ … in ascending order.
    public let values: Vector
    /// The orthonormal eigenvectors as columns: column i belongs to `values[i]`.
    public let vectors: Matrix

    /// Decomposes `matrix`, which must be symmetric up to rounding.
    ///
    /// - Throws: ``OptimError/shapeMismatch(_:)`` if it is not square, ``OptimError/invalidArgument(_:)``
    ///   if it is not symmetric or has non-finite entries.
    public init(_ matrix: Matrix) throws {
        guard matrix.isSquare else {
            throw OptimError.shapeMismatch("eigendecomposition needs a square matrix, got \(matrix.shapeDescription)")
        }
        guard matrix.scalars.allSatisfy(\.isFinite) else {
            throw OptimError.invalidArgument("eigendecomposition of a \(matrix.shapeDescription) matrix with NaN or Inf")
        }
        guard matrix.isSymmetric(tolerance: 1e-10) else {
            throw OptimError.invalidArgument("eigendecomposition needs a symmetric matrix, \(matrix.shapeDescription) is not")
        }
        let n = matrix.rows
        var a = matrix.scalars
        var v = Matrix.identity(n).scalars
        let threshold = 1e-15 * Swift.max(matrix.frobeniusNorm, Double.leastNormalMagnitude)
        a.withUnsafeMutableBufferPointer { a in
            v.withUnsafeMutableBufferPointer { v in
                for _ in 0..<100 {
                    var off = 0.0
                    for p in 0..<n {
                        for q in (p + 1)..<Swift.max(p + 1, n) { off += 2 * a[p * n + q] * a[p * n + q] }
                    }
                    if off.squareRoot() <= threshold { break }
                    for p in 0..<n {
                        if Interruption.shouldStop { return }
                        for q in (p + 1)..<Swift.max(p + 1, n) where a[p * n + q] != 0 {
                            Self.rotate(a, v, n, p, q)
                        }
                    }
                }
            }
        }
        let order = (0..<n).sorted { a[$0 * n + $0] < a[$1 * n + $1] }
        values = Vector(order.map { a[$0 * n + $0] })
        var sorted = Matrix.zeros(n, n)
        for (column, i) in order.enumerated() {
            for r in 0..<n { sorted[r, column] = v[r * n + i] }
        }
        vectors = sorted
    }

    private static func rotate(
        _ a: UnsafeMutableBufferPointer<Double>, _ v: UnsafeMutableBufferPointer<Double>, _ n: Int, _ p: Int, _ q: Int
    ) {
        let apq = a[p * n + q]
        let theta = (a[q * n + q] - a[p * n + p]) / (2 * apq)
        let t = (theta >= 0 ? 1.0 : -1.0) / (Swift.abs(theta) + (theta * theta + 1).squareRoot())
        let c = 1 / (t * t + 1).squareRoot()
        let s = t * c
        for k in 0..<n {
            let akp = a[k * n + p], akq = a[k * n + q]
            a[k * n + p] = c * akp - s * akq
            a[k * n + q] = s * akp + c * akq
        }
        for k in 0..<n {
            let apk = a[p * n + k], aqk = a[q * n + k]
            a[p * n + k] = c * apk - s * aqk
            a[q * n + k] = s * apk + c * aqk
        }
        a[p * n + q] = 0
        a[q * n + p] = 0
        for k in 0..<n {
            let vkp = v[k * n + p], vkq = v[k * n + q]
            v[k * n + p] = c * vkp - s * vkq
            v[k * n + q] = s * vkp + c * vkq
        }
    }

    /// The matrix function f(A) = V diag(f(λᵢ)) Vᵀ.
    public func applying(_ f: (Double) throws -> Double) rethrows -> Matrix {
        let n = values.count
        let fv = try values.map(f)
        var result = Matrix.zeros(n, n)
        for i in 0..<n {
            for j in i..<n {
                var sum = 0.0
                for k in 0..<n { sum += vectors[i, k] * fv[k] * vectors[j, k] }
                result[i, j] = sum
                result[j, i] = sum
            }
        }
        return result
    }
}
