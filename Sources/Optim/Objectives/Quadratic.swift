/// The quadratic f(x) = ½xᵀAx + bᵀx with symmetric A, the model problem of optimisation: ∇f = Ax + b,
/// ∇²f = A, and (for A positive definite) the unique minimiser x* = −A⁻¹b.
///
/// ```swift
/// let elongated = Quadratic(diagonal: [2, 100])   // x² + 50y²
/// ```
public struct Quadratic: Objective, Sendable {
    /// The symmetric matrix A (the Hessian).
    public let a: Matrix
    /// The linear term b.
    public let b: Vector

    /// ½xᵀAx + bᵀx (b = 0 by default).
    ///
    /// - Throws: ``OptimError/shapeMismatch(_:)`` naming both shapes, ``OptimError/invalidArgument(_:)``
    ///   if A is not symmetric.
    public init(_ a: Matrix, b: Vector? = nil) throws {
        let b = b ?? Vector.zeros(a.rows)
        guard a.isSquare && b.count == a.rows else {
            throw OptimError.shapeMismatch("quadratic with A \(a.shapeDescription) and b \(b.shapeDescription)")
        }
        guard a.isSymmetric() else {
            throw OptimError.invalidArgument("quadratic needs a symmetric A, \(a.shapeDescription) is not")
        }
        self.a = a
        self.b = b
    }

    /// ½ Σᵢ dᵢxᵢ² (+ bᵀx): A = diag(d), e.g. `[2, 100]` for x² + 50y², `[0.2, 4]` for 0.1x₁² + 2x₂².
    public init(diagonal: Vector, b: Vector? = nil) {
        self.a = Matrix.diag(diagonal)
        self.b = b ?? Vector.zeros(diagonal.count)
    }

    /// n.
    public var dimension: Int { b.count }

    /// x* = −A⁻¹b (requires A nonsingular).
    public func minimizer() throws -> Vector {
        -(try a.solve(b))
    }

    /// ½xᵀAx + bᵀx.
    public func value(at x: Vector) throws -> Double {
        try checkDimension(of: x)
        return 0.5 * (try x.dot(a * x)) + (try b.dot(x))
    }

    /// Ax + b.
    public func gradient(at x: Vector) throws -> Vector {
        try checkDimension(of: x)
        return a * x + b
    }

    /// A.
    public func hessian(at x: Vector) throws -> Matrix {
        try checkDimension(of: x)
        return a
    }
}
