/// Gauss–Newton for least-squares objectives f = ½‖r(x)‖²: replace ∇²f = JᵀJ + Σᵢrᵢ∇²rᵢ by JᵀJ, i.e.
///
///   JᵀJ p = −Jᵀr,  x ← x + αp,
///
/// with α = η, or from a line search started at η. Exact in one step for linear residuals.
public struct GaussNewton: ObjectiveOptimizer, Sendable {
    /// η: the step scale, or the line search's first trial step.
    public var lr: Double
    /// An optional line search (damped Gauss–Newton).
    public var lineSearch: (any LineSearch)?

    /// Gauss–Newton.
    public init(lr: Double = 1, lineSearch: (any LineSearch)? = nil) {
        self.lr = lr
        self.lineSearch = lineSearch
    }

    /// One Gauss–Newton step.
    ///
    /// - Throws: ``OptimError/invalidArgument(_:)`` unless the objective is a ``LeastSquaresObjective``;
    ///   ``OptimError/singular(_:)`` if J is rank-deficient.
    public mutating func step(_ point: inout Vector, on objective: any Objective) throws {
        guard let leastSquares = objective as? any LeastSquaresObjective else {
            throw OptimError.invalidArgument("Gauss–Newton needs a least-squares objective (residuals and Jacobian)")
        }
        let r = try leastSquares.residuals(at: point)
        let j = try leastSquares.jacobian(at: point)
        let gradient = j.transposed * r
        if gradient.norm == 0 { return }
        let direction = -(try (j.transposed * j).solve(gradient))
        let alpha = try lineSearch?.stepLength(
            on: objective, at: point, direction: direction, value: 0.5 * r.squaredNorm, gradient: gradient,
            initialStep: lr) ?? lr
        point += alpha * direction
    }
}
