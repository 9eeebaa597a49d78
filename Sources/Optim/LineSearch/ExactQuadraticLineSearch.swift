/// The exact minimiser of f along d for a quadratic model with Hessian G = ∇²f(x):
///
///   α = −∇fᵀd / dᵀGd,  which is gᵀg / gᵀGg for steepest descent d = −g.
///
/// Exact for ``Quadratic`` objectives; for others it minimises the local quadratic model.
public struct ExactQuadraticLineSearch: LineSearch {
    /// The exact quadratic step.
    public init() {}

    /// −∇fᵀd / dᵀ∇²f(x)d (`initialStep` is not used).
    ///
    /// - Throws: ``OptimError/invalidArgument(_:)`` if the curvature dᵀGd is not positive.
    public func stepLength(
        on objective: any Objective, at point: Vector, direction: Vector,
        value: Double, gradient: Vector, initialStep: Double
    ) throws -> Double {
        let slope = try initialSlope(gradient, direction)
        let curvature = try direction.dot(try objective.hessian(at: point) * direction)
        guard curvature > 0 else {
            throw OptimError.invalidArgument("exact line search needs positive curvature dᵀGd, got \(curvature)")
        }
        return -slope / curvature
    }
}
