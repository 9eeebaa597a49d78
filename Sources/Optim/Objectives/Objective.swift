/// A deterministic, twice-differentiable function f: ℝⁿ → ℝ to minimise, with its exact gradient
/// and Hessian — what the driver, the line searches and the second-order methods query.
///
/// Conformers write `value` and `gradient`; `hessian` is required so that Newton-type methods can use
/// it, and `valueAndGradient` has a default that calls the two separately.
public protocol Objective {
    /// n, the length of the points this objective accepts.
    var dimension: Int { get }
    /// f(x).
    func value(at x: Vector) throws -> Double
    /// ∇f(x).
    func gradient(at x: Vector) throws -> Vector
    /// ∇²f(x), the symmetric n×n Hessian.
    func hessian(at x: Vector) throws -> Matrix
    /// f(x) and ∇f(x) together (conformers may share work between the two).
    func valueAndGradient(at x: Vector) throws -> (value: Double, gradient: Vector)
}

extension Objective {
    /// f(x) and ∇f(x) from two separate calls.
    public func valueAndGradient(at x: Vector) throws -> (value: Double, gradient: Vector) {
        (try value(at: x), try gradient(at: x))
    }

    /// Throws ``OptimError/shapeMismatch(_:)`` naming both sizes unless `x.count == dimension`.
    public func checkDimension(of x: Vector) throws {
        guard x.count == dimension else {
            throw OptimError.shapeMismatch("objective of dimension [\(dimension)] evaluated at \(x.shapeDescription)")
        }
    }
}
