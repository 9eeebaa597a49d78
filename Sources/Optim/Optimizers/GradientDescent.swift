/// Gradient descent with a line search: the textbook method whose step length is chosen, not fixed.
///
///   d = −∇f(x),  α from `lineSearch` started at η,  x ← x + αd.
///
/// With `.backtracking` (the default) α is the first of η, η/2, η/4, … with sufficient decrease
/// (Armijo); with `.exactQuadratic` on a quadratic it is steepest descent with exact steps, whose
/// zig-zag and rate ((κ − 1)/(κ + 1))² per step a course shows. At a minimum, where −‖∇f‖² rounds to
/// zero, no direction descends and a step leaves x where it is. For a fixed step, use ``SGD``.
public struct GradientDescent: ObjectiveOptimizer, Sendable {
    /// η, the first trial step of each line search.
    public var lr: Double
    /// The line search.
    public var lineSearch: any LineSearch

    /// Gradient descent with `lineSearch` (backtracking by default) started at `lr`.
    public init(lr: Double = 1, lineSearch: any LineSearch = BacktrackingLineSearch()) {
        self.lr = lr
        self.lineSearch = lineSearch
    }

    /// One step along −∇f(x).
    public mutating func step(_ point: inout Vector, on objective: any Objective) throws {
        let (value, gradient) = try objective.valueAndGradient(at: point)
        let direction = -gradient
        if try direction.dot(gradient) == 0 { return }
        let alpha = try lineSearch.stepLength(
            on: objective, at: point, direction: direction, value: value, gradient: gradient, initialStep: lr)
        point += alpha * direction
    }
}
