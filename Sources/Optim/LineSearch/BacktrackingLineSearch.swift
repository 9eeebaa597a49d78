/// Backtracking with the Armijo sufficient-decrease condition: starting from α₀, shrink α ← ρα until
///
///   f(x + αd) ≤ f(x) + c₁ α ∇f(x)ᵀd.
///
/// Defaults c₁ = 10⁻⁴, ρ = ½ (Nocedal & Wright, Algorithm 3.1).
public struct BacktrackingLineSearch: LineSearch {
    /// c₁ ∈ (0, 1), the fraction of the linear decrease required.
    public var sufficientDecrease: Double
    /// ρ ∈ (0, 1), the shrink factor.
    public var shrink: Double
    /// The number of shrinks after which the search gives up and returns the last α (none if not positive).
    public var maxIterations: Int

    /// Armijo backtracking.
    public init(sufficientDecrease: Double = 1e-4, shrink: Double = 0.5, maxIterations: Int = 60) {
        self.sufficientDecrease = sufficientDecrease
        self.shrink = shrink
        self.maxIterations = maxIterations
    }

    /// The first α = α₀ρᵏ that satisfies the Armijo condition.
    public func stepLength(
        on objective: any Objective, at point: Vector, direction: Vector,
        value: Double, gradient: Vector, initialStep: Double
    ) throws -> Double {
        let slope = try initialSlope(gradient, direction)
        var alpha = initialStep
        for _ in 0..<Swift.max(maxIterations, 0) {
            let trial = try objective.value(at: point + alpha * direction)
            if trial <= value + sufficientDecrease * alpha * slope { return alpha }
            alpha *= shrink
        }
        return alpha
    }
}
