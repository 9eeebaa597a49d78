/// Newton's method: step to the minimiser of the local quadratic model, x ← x + α p with ∇²f(x) p = −∇f(x).
///
/// Plain Newton takes α = η (η = 1 solves a quadratic in one step); damped Newton takes α from a line
/// search started at η, e.g. ``BacktrackingLineSearch``. Far from a minimum ∇²f may be indefinite and
/// p an ascent direction (Newton is attracted to saddles); ``LevenbergMarquardt`` regularises that case.
public struct Newton: ObjectiveOptimizer, Sendable {
    /// η: the step scale, or the line search's first trial step.
    public var lr: Double
    /// The line search for damped Newton; `nil` for the plain step.
    public var lineSearch: (any LineSearch)?

    /// Plain (no line search) or damped Newton.
    public init(lr: Double = 1, lineSearch: (any LineSearch)? = nil) {
        self.lr = lr
        self.lineSearch = lineSearch
    }

    /// x ← x + αp, ∇²f(x) p = −∇f(x).
    ///
    /// - Throws: ``OptimError/singular(_:)`` if the Hessian is singular.
    public mutating func step(_ point: inout Vector, on objective: any Objective) throws {
        let (value, gradient) = try objective.valueAndGradient(at: point)
        if gradient.norm == 0 { return }
        let direction = -(try objective.hessian(at: point).solve(gradient))
        let alpha = try lineSearch?.stepLength(
            on: objective, at: point, direction: direction, value: value, gradient: gradient, initialStep: lr) ?? lr
        point += alpha * direction
    }
}
