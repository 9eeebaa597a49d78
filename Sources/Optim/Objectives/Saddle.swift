/// The saddle f(x, y) = x² − y²: a stationary point at the origin that is a minimum along x and a
/// maximum along y, where gradient descent stalls and Newton's method is attracted.
/// ∇f = (2x, −2y), ∇²f = diag(2, −2).
public struct Saddle: Objective, Sendable {
    /// Always 2.
    public var dimension: Int { 2 }

    /// The saddle x² − y².
    public init() {}

    /// x² − y².
    public func value(at x: Vector) throws -> Double {
        try checkDimension(of: x)
        return x[0] * x[0] - x[1] * x[1]
    }

    /// (2x, −2y).
    public func gradient(at x: Vector) throws -> Vector {
        try checkDimension(of: x)
        return [2 * x[0], -2 * x[1]]
    }

    /// diag(2, −2).
    public func hessian(at x: Vector) throws -> Matrix {
        try checkDimension(of: x)
        return Matrix.diag([2, -2])
    }
}
