import Foundation

/// Rectified Adam (Liu et al.): a port of `torch.optim.RAdam` (single-tensor path) with the same
/// defaults, option names and numerics.
///
/// With learning rate γ, betas (β₁, β₂), ε and weight decay λ, step t = 1, 2, … does, per parameter
/// tensor θ with gradient ∇f(θ):
///
///     g ← −∇f(θ) if maximize, else ∇f(θ)
///     if λ ≠ 0:  θ ← θ·(1 − γλ)  if decoupledWeightDecay,  else  g ← g + λ·θ
///     m ← m + (1 − β₁)·(g − m)                    (torch's lerp; m₀ = 0)
///     v ← β₂·v + (1 − β₂)·g²                       (v₀ = 0)
///     m̂ ← m / (1 − β₁ᵗ)
///     ρ∞ ← 2/(1 − β₂) − 1,   ρₜ ← ρ∞ − 2t·β₂ᵗ/(1 − β₂ᵗ)
///     if ρₜ > 5:
///         r ← √((ρₜ − 4)(ρₜ − 2)ρ∞ / ((ρ∞ − 4)(ρ∞ − 2)ρₜ))
///         θ ← θ − m̂·γ·(√(1 − β₂ᵗ) / (√v + ε))·r
///     else:
///         θ ← θ − m̂·γ
public struct RAdam: GradientOptimizer, Sendable {
    /// The learning rate γ.
    public var lr: Double
    /// The decay rates (β₁, β₂) of the first and second moment estimates.
    public let betas: (Double, Double)
    /// The term ε added to the denominator for numerical stability.
    public let eps: Double
    /// The weight decay λ: an L2 penalty on the gradient, or a decoupled decay of θ.
    public let weightDecay: Double
    /// Whether weight decay multiplies θ by 1 − γλ instead of adding λθ to the gradient.
    public let decoupledWeightDecay: Bool
    /// Whether to maximize the objective instead of minimizing it.
    public let maximize: Bool

    /// The number of steps taken, t (torch's `state["step"]`).
    public private(set) var stepCount = 0
    /// The first moment estimates m, one per parameter tensor (empty before the first step).
    public private(set) var expAvgs: [Tensor] = []
    /// The second moment estimates v, one per parameter tensor (empty before the first step).
    public private(set) var expAvgSqs: [Tensor] = []
    private var layout = ParameterLayout()

    /// Creates the optimizer; the defaults are torch's.
    ///
    /// - Throws: ``OptimError/invalidArgument(_:)`` with torch's message for a negative `lr`, `eps`
    ///   or `weightDecay`, or a beta outside [0, 1).
    public init(
        lr: Double = 1e-3, betas: (Double, Double) = (0.9, 0.999), eps: Double = 1e-8, weightDecay: Double = 0,
        decoupledWeightDecay: Bool = false, maximize: Bool = false
    ) throws {
        try validateAdamFamily(lr: lr, betas: betas, eps: eps, weightDecay: weightDecay)
        self.lr = lr
        self.betas = betas
        self.eps = eps
        self.weightDecay = weightDecay
        self.decoupledWeightDecay = decoupledWeightDecay
        self.maximize = maximize
    }

    /// Applies one RAdam update to every parameter tensor in place.
    ///
    /// - Throws: ``OptimError/shapeMismatch(_:)`` if a gradient's shape differs from its parameter's,
    ///   or the parameters differ in number or shape from those of the first step.
    public mutating func step(_ parameters: inout [Tensor], gradients: [Tensor]) throws {
        if try layout.validate(parameters, gradients, optimizer: "RAdam") {
            expAvgs = parameters.map { Tensor(repeating: 0, shape: $0.shape) }
            expAvgSqs = expAvgs
        }
        stepCount += 1
        let t = Double(stepCount)
        let (beta1, beta2) = betas
        let (eps, lr) = (self.eps, self.lr)
        let moments = AdamMoments(lr: lr, betas: betas, weightDecay: weightDecay, decoupled: decoupledWeightDecay, maximize: maximize)
        let biasCorrection1 = 1 - pow(beta1, t)
        let biasCorrection2 = 1 - pow(beta2, t)
        let rhoInfinity = 2 / (1 - beta2) - 1
        let rhoT = rhoInfinity - 2 * t * pow(beta2, t) / biasCorrection2
        let rectified = rhoT > 5.0
        let rectification = pow(
            (rhoT - 4) * (rhoT - 2) * rhoInfinity / ((rhoInfinity - 4) * (rhoInfinity - 2) * rhoT), 0.5)
        let biasCorrection2Sqrt = pow(biasCorrection2, 0.5)
        // Moved out of self so that each state buffer is uniquely referenced and mutated in place.
        var (firstMoments, secondMoments) = (expAvgs, expAvgSqs)
        (expAvgs, expAvgSqs) = ([], [])
        defer { (expAvgs, expAvgSqs) = (firstMoments, secondMoments) }
        updateElementwise(&parameters, gradients, &firstMoments, &secondMoments) { chunk, range in
            chunk.update(range) { theta, g, m, v, _ in
                let (decayed, _) = moments.update(theta, g, &m, &v)
                let corrected = m / biasCorrection1
                if rectified {
                    let adaptive = biasCorrection2Sqrt / (squareRootOfNonNegative(v) + eps)
                    theta = decayed + -1.0 * (corrected * lr * adaptive * rectification)
                } else {
                    theta = decayed + -1.0 * (corrected * lr)
                }
            }
        }
    }
}
