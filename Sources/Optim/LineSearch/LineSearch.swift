/// A rule for the step length α along a descent direction d from x, i.e. an approximate minimiser of
/// φ(α) = f(x + αd). Second-order and quasi-Newton methods take one as a parameter.
public protocol LineSearch: Sendable {
    /// The step length α > 0 along `direction` from `point`, where f(x) = `value` and ∇f(x) = `gradient`
    /// (so φ′(0) = ∇f(x)ᵀd < 0), starting the search from `initialStep`.
    ///
    /// - Throws: ``OptimError/invalidArgument(_:)`` if d is not a descent direction.
    func stepLength(
        on objective: any Objective, at point: Vector, direction: Vector,
        value: Double, gradient: Vector, initialStep: Double
    ) throws -> Double
}

extension LineSearch {
    /// φ′(0) = ∇f(x)ᵀd, checked to be negative.
    func initialSlope(_ gradient: Vector, _ direction: Vector) throws -> Double {
        let slope = try gradient.dot(direction)
        guard slope < 0 else {
            throw OptimError.invalidArgument("line search direction is not a descent direction (∇fᵀd = \(slope))")
        }
        return slope
    }
}
