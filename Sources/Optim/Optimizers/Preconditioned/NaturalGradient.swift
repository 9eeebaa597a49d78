/// The natural gradient (Amari, 1998) with an explicit Fisher matrix: steepest descent in the
/// KL-divergence geometry of the model's predictive distribution,
///
///   θ ← θ − η (F(θ) + λI)⁻¹ ∇f(θ),  F = 𝔼[∇log p ∇log pᵀ],
///
/// for objectives that are negative log-likelihoods (``FisherObjective``). λ is a small damping that
/// keeps F + λI invertible. Defaults η = 1, λ = 10⁻⁴.
public struct NaturalGradient: ObjectiveOptimizer, Sendable {
    /// η.
    public var lr: Double
    /// λ.
    public var damping: Double

    /// The natural gradient.
    public init(lr: Double = 1, damping: Double = 1e-4) {
        self.lr = lr
        self.damping = damping
    }

    /// θ ← θ − η (F + λI)⁻¹ ∇f.
    ///
    /// - Throws: ``OptimError/invalidArgument(_:)`` unless the objective is a ``FisherObjective``.
    public mutating func step(_ point: inout Vector, on objective: any Objective) throws {
        guard let model = objective as? any FisherObjective else {
            throw OptimError.invalidArgument("the natural gradient needs an objective with a Fisher matrix")
        }
        let fisher = try model.fisher(at: point) + damping * Matrix.identity(point.count)
        point -= lr * (try fisher.solve(try objective.gradient(at: point)))
    }
}
