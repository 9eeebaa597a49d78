/// The record of one optimisation run: the iterates and what was measured at each.
///
/// `points[0]` is the start and `points[k]` the iterate after k steps; `losses[k]` and
/// `gradientNorms[k]` are f and ‖∇f‖₂ at `points[k]`; `learningRates[k]` is the rate used by step k + 1.
/// Every field except `elapsed` is deterministic, and ``description`` leaves `elapsed` out so that
/// printed runs are reproducible.
public struct Run: Sendable, CustomStringConvertible {
    /// x₀, x₁, …, x_K.
    public var points: [Vector]
    /// f(xₖ).
    public var losses: [Double]
    /// ‖∇f(xₖ)‖₂.
    public var gradientNorms: [Double]
    /// The rate each step used (one fewer entry than `points`).
    public var learningRates: [Double]
    /// Whether the run stopped early because ‖∇f‖₂ fell to the tolerance.
    public var converged: Bool
    /// Wall-clock time of the run — the only non-deterministic field.
    public var elapsed: Duration

    /// The number of steps taken, K.
    public var steps: Int { points.count - 1 }

    /// The last iterate x_K.
    public var finalPoint: Vector { points[points.count - 1] }

    /// The last loss f(x_K).
    public var finalLoss: Double { losses[losses.count - 1] }

    /// A summary without the elapsed time, e.g. `Run(steps: 100, final loss: 1.2e-08, final point: [1.0, 1.0])`.
    public var description: String {
        "Run(steps: \(steps), final loss: \(finalLoss), final point: \(finalPoint)\(converged ? ", converged" : ""))"
    }
}
