/// A dense, row-major matrix of `Double`.
///
/// `A[i, j]` is row `i`, column `j`; `scalars[i * cols + j]` stores it. `*` between matrices (and
/// matrix–vector) is the matrix product; `hadamard(_:)` is the elementwise product. As for ``Vector``,
/// operators trap on a shape mismatch while the named forms (`matmul`, `adding`, …) throw
/// ``OptimError/shapeMismatch(_:)`` with a message naming both shapes.
///
/// ```swift
/// let A: Matrix = [[2, 1], [1, 3]]
/// let x = try A.solve([1, 2])       // Cholesky, since A is symmetric positive definite
/// let B = A * A.transposed           // 2×2
/// ```
public struct Matrix: Hashable, Sendable, ExpressibleByArrayLiteral, CustomStringConvertible {
    /// The number of rows.
    public let rows: Int
    /// The number of columns.
    public let cols: Int
    /// The entries in row-major order; `scalars.count == rows * cols`.
    public var scalars: [Double]

    /// A matrix from its size and row-major entries.
    ///
    /// - Precondition: `scalars.count == rows * cols`; ``scalarCount(rows:cols:)`` checks a size first.
    public init(rows: Int, cols: Int, scalars: [Double]) {
        let count = try? Matrix.scalarCount(rows: rows, cols: cols)
        precondition(count == scalars.count, "Matrix: \(rows)×\(cols) does not hold \(scalars.count) scalars")
        self.rows = rows
        self.cols = cols
        self.scalars = scalars
    }

    /// rows · cols, the number of scalars of a `rows`×`cols` matrix.
    ///
    /// - Throws: ``OptimError/invalidArgument(_:)`` for a negative size or a product that overflows `Int`.
    public static func scalarCount(rows: Int, cols: Int) throws -> Int {
        guard rows >= 0, cols >= 0 else { throw OptimError.invalidArgument("matrix size \(rows)×\(cols) is negative") }
        let (count, overflow) = rows.multipliedReportingOverflow(by: cols)
        guard !overflow else { throw OptimError.invalidArgument("matrix size \(rows)×\(cols) has more than \(Int.max) scalars") }
        return count
    }

    /// A matrix from a list of equally long rows: `Matrix([[1, 2], [3, 4]])`.
    ///
    /// - Precondition: every row has the same length.
    public init(_ rowList: [[Double]]) {
        let cols = rowList.first?.count ?? 0
        for (i, row) in rowList.enumerated() {
            precondition(row.count == cols, "Matrix: row \(i) has \(row.count) entries, row 0 has \(cols)")
        }
        self.init(rows: rowList.count, cols: cols, scalars: rowList.flatMap { $0 })
    }

    /// A matrix from a literal list of rows: `[[1, 2], [3, 4]]`.
    public init(arrayLiteral elements: [Double]...) {
        self.init(elements)
    }

    /// A `rows`×`cols` matrix filled with `value`.
    public init(repeating value: Double, rows: Int, cols: Int) {
        self.init(rows: rows, cols: cols, scalars: Array(repeating: value, count: rows * cols))
    }

    /// The `rows`×`cols` zero matrix.
    public static func zeros(_ rows: Int, _ cols: Int) -> Matrix {
        Matrix(repeating: 0, rows: rows, cols: cols)
    }

    /// The n×n identity I, Iᵢⱼ = δᵢⱼ.
    public static func identity(_ n: Int) -> Matrix {
        diag(Vector(repeating: 1, count: n))
    }

    /// The square matrix with `d` on its diagonal and zeros elsewhere.
    public static func diag(_ d: Vector) -> Matrix {
        var m = zeros(d.count, d.count)
        for i in 0..<d.count { m[i, i] = d[i] }
        return m
    }

    /// The outer product u vᵀ, (u vᵀ)ᵢⱼ = uᵢvⱼ.
    public static func outer(_ u: Vector, _ v: Vector) -> Matrix {
        var m = zeros(u.count, v.count)
        m.scalars.withUnsafeMutableBufferPointer { out in
            for i in 0..<u.count {
                for j in 0..<v.count { out[i * v.count + j] = u[i] * v[j] }
            }
        }
        return m
    }

    /// A shape string such as `[2×3]`, used in error messages.
    public var shapeDescription: String { "[\(rows)×\(cols)]" }

    /// Whether the matrix is square.
    public var isSquare: Bool { rows == cols }

    /// The rows as a nested array literal, `[[1.0, 2.0], [3.0, 4.0]]`: what Swift prints for the
    /// `[[Double]]` the matrix can be written as, and the literal that makes it again.
    public var description: String {
        "[" + (0..<rows).map { i in "[" + row(i).scalars.map { "\($0)" }.joined(separator: ", ") + "]" }.joined(separator: ", ") + "]"
    }

    /// The entry Aᵢⱼ, read and set as `a[i, j]`.
    public subscript(row: Int, col: Int) -> Double {
        get {
            precondition(row >= 0 && row < rows && col >= 0 && col < cols,
                         "Matrix: index [\(row), \(col)] outside \(shapeDescription)")
            return scalars[row * cols + col]
        }
        set {
            precondition(row >= 0 && row < rows && col >= 0 && col < cols,
                         "Matrix: index [\(row), \(col)] outside \(shapeDescription)")
            scalars[row * cols + col] = newValue
        }
    }

    /// Row `i` as a vector.
    public func row(_ i: Int) -> Vector {
        Vector(Array(scalars[(i * cols)..<((i + 1) * cols)]))
    }

    /// Column `j` as a vector.
    public func column(_ j: Int) -> Vector {
        Vector((0..<rows).map { scalars[$0 * cols + j] })
    }

    /// The diagonal (A₀₀, A₁₁, …) of length min(rows, cols).
    public var diagonal: Vector {
        Vector((0..<Swift.min(rows, cols)).map { scalars[$0 * cols + $0] })
    }

    /// The trace Σᵢ Aᵢᵢ.
    public var trace: Double { diagonal.sum }

    /// The transpose Aᵀ, (Aᵀ)ᵢⱼ = Aⱼᵢ.
    public var transposed: Matrix {
        var t = Matrix.zeros(cols, rows)
        t.scalars.withUnsafeMutableBufferPointer { out in
            scalars.withUnsafeBufferPointer { a in
                for i in 0..<rows {
                    for j in 0..<cols { out[j * rows + i] = a[i * cols + j] }
                }
            }
        }
        return t
    }

    /// The transpose Aᵀ (a function spelling of ``transposed``).
    public func transpose() -> Matrix { transposed }

    /// The Frobenius norm ‖A‖_F = √(Σᵢⱼ Aᵢⱼ²).
    public var frobeniusNorm: Double { Vector(scalars).norm }

    /// Whether |Aᵢⱼ − Aⱼᵢ| ≤ `tolerance`·max(1, maxᵢⱼ|Aᵢⱼ|) for all i, j (and A is square).
    public func isSymmetric(tolerance: Double = 1e-12) -> Bool {
        guard isSquare else { return false }
        let scale = Swift.max(1, Vector(scalars).infinityNorm)
        for i in 0..<rows {
            for j in (i + 1)..<Swift.max(i + 1, cols) where Swift.abs(self[i, j] - self[j, i]) > tolerance * scale {
                return false
            }
        }
        return true
    }

    /// vec(A): the columns of A stacked into one vector of length rows·cols (the column-major
    /// convention under which vec(AXB) = (Bᵀ ⊗ A) vec(X)).
    public var vec: Vector {
        Vector(transposed.scalars)
    }

    /// The inverse of ``vec``: the `rows`×`cols` matrix whose stacked columns are `v`.
    ///
    /// - Throws: ``OptimError/shapeMismatch(_:)`` if `v.count != rows * cols`, and
    ///   ``OptimError/invalidArgument(_:)`` for a size ``scalarCount(rows:cols:)`` refuses.
    public static func unvec(_ v: Vector, rows: Int, cols: Int) throws -> Matrix {
        guard try scalarCount(rows: rows, cols: cols) == v.count else {
            throw OptimError.shapeMismatch("unvec of \(v.shapeDescription) into [\(rows)×\(cols)]")
        }
        return Matrix(rows: cols, cols: rows, scalars: v.scalars).transposed
    }

    /// The Kronecker product A ⊗ B: the (rows·B.rows)×(cols·B.cols) block matrix [Aᵢⱼ B].
    public func kronecker(_ other: Matrix) -> Matrix {
        var k = Matrix.zeros(rows * other.rows, cols * other.cols)
        for i in 0..<rows {
            for j in 0..<cols {
                let a = self[i, j]
                for p in 0..<other.rows {
                    for q in 0..<other.cols {
                        k[i * other.rows + p, j * other.cols + q] = a * other[p, q]
                    }
                }
            }
        }
        return k
    }

    /// Applies `transform` to every entry.
    public func map(_ transform: (Double) throws -> Double) rethrows -> Matrix {
        Matrix(rows: rows, cols: cols, scalars: try scalars.map(transform))
    }

    // MARK: Products

    /// The matrix product AB, (AB)ᵢⱼ = Σₖ AᵢₖBₖⱼ.
    ///
    /// - Throws: ``OptimError/shapeMismatch(_:)`` naming both shapes unless `cols == other.rows`.
    public func matmul(_ other: Matrix) throws -> Matrix {
        guard cols == other.rows else {
            throw OptimError.shapeMismatch("matmul of \(shapeDescription) and \(other.shapeDescription)")
        }
        var product = Matrix.zeros(rows, other.cols)
        let n = other.cols
        let interruption = Interruption.current
        product.scalars.withUnsafeMutableBufferPointer { c in
            scalars.withUnsafeBufferPointer { a in
                other.scalars.withUnsafeBufferPointer { b in
                    for i in 0..<rows {
                        if interruption?.isRequested == true { return }
                        for k in 0..<cols {
                            let aik = a[i * cols + k]
                            if aik == 0 { continue }
                            for j in 0..<n { c[i * n + j] += aik * b[k * n + j] }
                        }
                    }
                }
            }
        }
        return product
    }

    /// The matrix–vector product Ax, (Ax)ᵢ = Σⱼ Aᵢⱼxⱼ.
    ///
    /// - Throws: ``OptimError/shapeMismatch(_:)`` naming both shapes unless `cols == x.count`.
    public func matmul(_ x: Vector) throws -> Vector {
        guard cols == x.count else {
            throw OptimError.shapeMismatch("matmul of \(shapeDescription) and \(x.shapeDescription)")
        }
        var y = Vector.zeros(rows)
        scalars.withUnsafeBufferPointer { a in
            x.scalars.withUnsafeBufferPointer { v in
                for i in 0..<rows {
                    var sum = 0.0
                    for j in 0..<cols { sum += a[i * cols + j] * v[j] }
                    y[i] = sum
                }
            }
        }
        return y
    }

    /// A + B entrywise. - Throws: ``OptimError/shapeMismatch(_:)`` naming both shapes.
    public func adding(_ other: Matrix) throws -> Matrix { try zip(other, "+", +) }
    /// A − B entrywise. - Throws: ``OptimError/shapeMismatch(_:)`` naming both shapes.
    public func subtracting(_ other: Matrix) throws -> Matrix { try zip(other, "-", -) }
    /// The Hadamard product A ⊙ B, (A ⊙ B)ᵢⱼ = AᵢⱼBᵢⱼ. - Throws: ``OptimError/shapeMismatch(_:)``.
    public func hadamard(_ other: Matrix) throws -> Matrix { try zip(other, "hadamard", *) }

    private func zip(_ other: Matrix, _ operation: String, _ f: (Double, Double) -> Double) throws -> Matrix {
        guard rows == other.rows && cols == other.cols else {
            throw OptimError.shapeMismatch("\(operation) of \(shapeDescription) and \(other.shapeDescription)")
        }
        var result = scalars
        result.withUnsafeMutableBufferPointer { r in
            other.scalars.withUnsafeBufferPointer { b in
                for i in 0..<r.count { r[i] = f(r[i], b[i]) }
            }
        }
        return Matrix(rows: rows, cols: cols, scalars: result)
    }
}

// MARK: - Operators

extension Matrix {
    /// The matrix product; traps naming both shapes if they do not conform (see ``matmul(_:)-(Matrix)``).
    public static func * (lhs: Matrix, rhs: Matrix) -> Matrix { trapping { try lhs.matmul(rhs) } }
    /// The matrix–vector product; traps naming both shapes if they do not conform.
    public static func * (lhs: Matrix, rhs: Vector) -> Vector { trapping { try lhs.matmul(rhs) } }
    /// Entrywise sum; traps naming both shapes if they differ.
    public static func + (lhs: Matrix, rhs: Matrix) -> Matrix { trapping { try lhs.adding(rhs) } }
    /// Entrywise difference; traps naming both shapes if they differ.
    public static func - (lhs: Matrix, rhs: Matrix) -> Matrix { trapping { try lhs.subtracting(rhs) } }
    /// −A.
    public static prefix func - (operand: Matrix) -> Matrix { operand.map { -$0 } }
    /// αA.
    public static func * (lhs: Double, rhs: Matrix) -> Matrix { rhs.map { lhs * $0 } }
    /// Aα.
    public static func * (lhs: Matrix, rhs: Double) -> Matrix { lhs.map { $0 * rhs } }
    /// A / α.
    public static func / (lhs: Matrix, rhs: Double) -> Matrix { lhs.map { $0 / rhs } }
    /// A ← A + B.
    public static func += (lhs: inout Matrix, rhs: Matrix) { lhs = lhs + rhs }
    /// A ← A − B.
    public static func -= (lhs: inout Matrix, rhs: Matrix) { lhs = lhs - rhs }
    /// A ← αA.
    public static func *= (lhs: inout Matrix, rhs: Double) { lhs = lhs * rhs }

    private static func trapping<T>(_ body: () throws -> T) -> T {
        do { return try body() } catch { preconditionFailure("\(error)") }
    }
}
