import Foundation

/// The LU factorisation with partial pivoting PA = LU of a square matrix.
///
/// At column k the row with the largest |Aᵢₖ| (i ≥ k) is swapped into place, then
/// Aᵢⱼ ← Aᵢⱼ − (Aᵢₖ / Aₖₖ) Aₖⱼ for i, j > k. L (unit diagonal) and U share one matrix.
public struct LUDecomposition: Sendable {
    /// L below the diagonal (unit diagonal implied) and U on and above it, in one n×n matrix.
    public let factors: Matrix
    /// `pivots[i]` is the row of A that ended up as row i of PA.
    public let pivots: [Int]
    /// det P = ±1: the parity of the row swaps.
    public let permutationSign: Double

    /// Factors `matrix`.
    ///
    /// - Throws: ``OptimError/shapeMismatch(_:)`` if it is not square; ``OptimError/singular(_:)`` if a
    ///   whole pivot column is zero (relative to the largest entry), i.e. the matrix is singular.
    public init(_ matrix: Matrix) throws {
        guard matrix.isSquare else {
            throw OptimError.shapeMismatch("LU needs a square matrix, got \(matrix.shapeDescription)")
        }
        let n = matrix.rows
        var a = matrix.scalars
        var pivots = Array(0..<n)
        var sign = 1.0
        let scale = Vector(matrix.scalars).infinityNorm
        try a.withUnsafeMutableBufferPointer { a in
            for k in 0..<n {
                if Interruption.shouldStop { return }
                var p = k
                for i in (k + 1)..<Swift.max(k + 1, n) where Swift.abs(a[i * n + k]) > Swift.abs(a[p * n + k]) {
                    p = i
                }
                guard Swift.abs(a[p * n + k]) > scale * Double(n) * Double.ulpOfOne, a[p * n + k].isFinite else {
                    throw OptimError.singular("\(matrix.shapeDescription) matrix has no nonzero pivot in column \(k)")
                }
                if p != k {
                    for j in 0..<n { a.swapAt(k * n + j, p * n + j) }
                    pivots.swapAt(k, p)
                    sign = -sign
                }
                let akk = a[k * n + k]
                for i in (k + 1)..<Swift.max(k + 1, n) {
                    let factor = a[i * n + k] / akk
                    a[i * n + k] = factor
                    if factor == 0 { continue }
                    for j in (k + 1)..<n { a[i * n + j] -= factor * a[k * n + j] }
                }
            }
        }
        factors = Matrix(rows: n, cols: n, scalars: a)
        self.pivots = pivots
        permutationSign = sign
    }

    /// Solves Ax = b: Ly = Pb by forward substitution, then Ux = y by back substitution.
    ///
    /// - Throws: ``OptimError/shapeMismatch(_:)`` naming both shapes if `b` has the wrong length.
    public func solve(_ b: Vector) throws -> Vector {
        let n = factors.rows
        guard b.count == n else {
            throw OptimError.shapeMismatch("solve with \(factors.shapeDescription) and \(b.shapeDescription)")
        }
        let lu = factors.scalars
        var x = pivots.map { b[$0] }
        for i in 0..<n {
            for k in 0..<i { x[i] -= lu[i * n + k] * x[k] }
        }
        for i in stride(from: n - 1, through: 0, by: -1) {
            for k in (i + 1)..<Swift.max(i + 1, n) { x[i] -= lu[i * n + k] * x[k] }
            x[i] /= lu[i * n + i]
        }
        return Vector(x)
    }

    /// det A = det P⁻¹ · Πᵢ Uᵢᵢ.
    public var determinant: Double {
        factors.diagonal.scalars.reduce(permutationSign, *)
    }
}
