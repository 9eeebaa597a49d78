/// Nonlinear conjugate gradients: pₖ = −gₖ + βₖpₖ₋₁ with a strong Wolfe line search (c₂ = 0.1), where
///
///   Fletcher–Reeves:  βₖ = gₖᵀgₖ / gₖ₋₁ᵀgₖ₋₁
///   Polak–Ribière+:   βₖ = max(0, gₖᵀ(gₖ − gₖ₋₁) / gₖ₋₁ᵀgₖ₋₁)
///
/// restarting with pₖ = −gₖ whenever pₖ is not a descent direction. On a quadratic with exact line
/// searches both reduce to linear CG.
public struct NonlinearConjugateGradient: ObjectiveOptimizer, Sendable {
    /// The formula for βₖ.
    public enum Formula: Sendable {
        /// βₖ = ‖gₖ‖² / ‖gₖ₋₁‖².
        case fletcherReeves
        /// βₖ = max(0, gₖᵀ(gₖ − gₖ₋₁) / ‖gₖ₋₁‖²).
        case polakRibiere
    }

    /// η, the first trial step of each line search.
    public var lr: Double
    /// Fletcher–Reeves or Polak–Ribière+.
    public var formula: Formula
    /// The line search (strong Wolfe with c₂ = 0.1 by default).
    public var lineSearch: any LineSearch

    private var previous: (gradient: Vector, direction: Vector)?

    /// Nonlinear CG.
    public init(formula: Formula = .polakRibiere, lr: Double = 1,
                lineSearch: any LineSearch = StrongWolfeLineSearch(curvature: 0.1)) {
        self.formula = formula
        self.lr = lr
        self.lineSearch = lineSearch
    }

    /// One nonlinear CG iteration.
    public mutating func step(_ point: inout Vector, on objective: any Objective) throws {
        let (value, g) = try objective.valueAndGradient(at: point)
        if g.norm == 0 { return }
        var direction = -g
        if let previous {
            let denominator = previous.gradient.squaredNorm
            let beta = switch formula {
            case .fletcherReeves: g.squaredNorm / denominator
            case .polakRibiere: Swift.max(0, try g.dot(g - previous.gradient) / denominator)
            }
            direction = -g + beta * previous.direction
            if try direction.dot(g) >= 0 { direction = -g }
        }
        let alpha = try lineSearch.stepLength(
            on: objective, at: point, direction: direction, value: value, gradient: g, initialStep: lr)
        point += alpha * direction
        previous = (g, direction)
    }
}
