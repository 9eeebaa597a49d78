import Foundation

extension Matrix {
    /// Solves Ax = b: by Cholesky when A is symmetric positive definite, otherwise by LU with
    /// partial pivoting.
    ///
    /// - Throws: ``OptimError/shapeMismatch(_:)`` naming both shapes, ``OptimError/singular(_:)``.
    public func solve(_ b: Vector) throws -> Vector {
        guard isSquare && b.count == rows else {
            throw OptimError.shapeMismatch("solve with \(shapeDescription) and \(b.shapeDescription)")
        }
        if isSymmetric(), let cholesky = try? CholeskyDecomposition(self) {
            return try cholesky.solve(b)
        }
        return try LUDecomposition(self).solve(b)
    }

    /// Solves AX = B column by column (see ``solve(_:)-(Vector)``).
    ///
    /// - Throws: ``OptimError/shapeMismatch(_:)`` naming both shapes, ``OptimError/singular(_:)``.
    public func solve(_ b: Matrix) throws -> Matrix {
        guard isSquare && b.rows == rows else {
            throw OptimError.shapeMismatch("solve with \(shapeDescription) and \(b.shapeDescription)")
        }
        let lu = try LUDecomposition(self)
        var x = Matrix.zeros(rows, b.cols)
        for j in 0..<b.cols where !Interruption.shouldStop {
            let column = try lu.solve(b.column(j))
            for i in 0..<rows { x[i, j] = column[i] }
        }
        return x
    }

    /// The inverse A⁻¹, from LU with partial pivoting applied to the columns of I.
    ///
    /// - Throws: ``OptimError/shapeMismatch(_:)`` if A is not square, ``OptimError/singular(_:)``.
    public func inverse() throws -> Matrix {
        guard isSquare else {
            throw OptimError.shapeMismatch("inverse needs a square matrix, got \(shapeDescription)")
        }
        return try solve(Matrix.identity(rows))
    }

    /// det A (0 for a singular matrix).
    ///
    /// - Throws: ``OptimError/shapeMismatch(_:)`` if A is not square.
    public func determinant() throws -> Double {
        do {
            return try LUDecomposition(self).determinant
        } catch OptimError.singular {
            return 0
        }
    }

    /// The eigendecomposition A = V Λ Vᵀ of a symmetric matrix (see ``SymmetricEigendecomposition``).
    public func symmetricEigen() throws -> SymmetricEigendecomposition {
        try SymmetricEigendecomposition(self)
    }

    /// The symmetric matrix power Aᵖ = V diag(λᵢᵖ) Vᵀ, e.g. `p = -0.25` for Shampoo's A^(−1/4).
    ///
    /// Integer p ≥ 0 allows any eigenvalues; fractional p > 0 needs λᵢ ≥ 0 and negative p needs λᵢ > 0.
    /// - Throws: ``OptimError/singular(_:)`` when an eigenvalue is outside that domain.
    public func power(_ p: Double) throws -> Matrix {
        let eigen = try symmetricEigen()
        let smallest = eigen.values.first ?? 1
        let scale = Swift.max(eigen.values.infinityNorm, Double.leastNormalMagnitude)
        if p < 0 && smallest <= scale * 1e-15 {
            throw OptimError.singular(
                "\(shapeDescription) matrix to the power \(p) needs positive eigenvalues, smallest is \(smallest)")
        }
        if p != p.rounded() && smallest < -scale * 1e-15 {
            throw OptimError.singular(
                "\(shapeDescription) matrix to the power \(p) needs nonnegative eigenvalues, smallest is \(smallest)")
        }
        return eigen.applying { λ in p == p.rounded() ? Foundation.pow(λ, p) : Foundation.pow(Swift.max(λ, 0), p) }
    }

    /// The symmetric positive-definite square root A^(1/2).
    public func squareRoot() throws -> Matrix { try power(0.5) }

    /// The inverse square root A^(−1/2) of a symmetric positive-definite matrix.
    public func inverseSquareRoot() throws -> Matrix { try power(-0.5) }

    /// The 2-norm condition number κ₂(A) = σ_max / σ_min, with σ² the eigenvalues of AᵀA
    /// (so accurate to about 10⁻¹⁶·κ²; `.infinity` for a singular matrix).
    ///
    /// - Throws: ``OptimError/shapeMismatch(_:)`` if A is not square.
    public func conditionNumber() throws -> Double {
        guard isSquare else {
            throw OptimError.shapeMismatch("condition number needs a square matrix, got \(shapeDescription)")
        }
        let gram = transposed * self
        let eigen = try SymmetricEigendecomposition((gram + gram.transposed) / 2)
        let largest = Swift.max(eigen.values.last ?? 0, 0).squareRoot()
        let smallest = Swift.max(eigen.values.first ?? 0, 0).squareRoot()
        return smallest == 0 ? .infinity : largest / smallest
    }
}
