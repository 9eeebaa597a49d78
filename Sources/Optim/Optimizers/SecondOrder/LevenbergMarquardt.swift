/// Levenberg–Marquardt-damped Newton: solve (∇²f + μI) p = −∇f with an adaptive μ ≥ 0, accepting the
/// step only if it decreases f.
///
///   if f(x + ηp) < f(x):  x ← x + ηp,  μ ← μ/ν      (trust the quadratic model more)
///   else:                 μ ← μν and solve again    (move toward a short gradient step)
///
/// Large μ gives p ≈ −∇f/μ; μ → 0 gives Newton. Unlike plain Newton, f never increases, so it cannot
/// climb to a maximum (it may still descend to a saddle point). Defaults μ₀ = 10⁻³, ν = 10.
public struct LevenbergMarquardt: ObjectiveOptimizer, Sendable {
    /// η, the step scale (1 for the classical method).
    public var lr: Double
    /// μ, the current damping.
    public private(set) var damping: Double
    /// ν > 1, the factor by which μ changes.
    public var factor: Double
    /// How many increases of μ one step may try before giving up.
    public var maxTries: Int

    /// Levenberg–Marquardt with initial damping μ₀.
    public init(lr: Double = 1, damping: Double = 1e-3, factor: Double = 10, maxTries: Int = 40) {
        self.lr = lr
        self.damping = damping
        self.factor = factor
        self.maxTries = maxTries
    }

    /// One accepted step (or no move if `maxTries` increases of μ found no decrease).
    public mutating func step(_ point: inout Vector, on objective: any Objective) throws {
        let (value, gradient) = try objective.valueAndGradient(at: point)
        let hessian = try objective.hessian(at: point)
        for _ in 0..<maxTries {
            let damped = hessian + damping * Matrix.identity(point.count)
            if let p = try? damped.solve(-gradient) {
                let trial = point + lr * p
                if try objective.value(at: trial) < value {
                    point = trial
                    damping /= factor
                    return
                }
            }
            damping *= factor
        }
    }
}
