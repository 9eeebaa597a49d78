import Foundation

/// Adam with Nesterov momentum (Dozat), with torch's momentum-decay schedule: a port of
/// `torch.optim.NAdam` (single-tensor path) with the same defaults, option names and numerics.
///
/// With learning rate γ, betas (β₁, β₂), ε, weight decay λ and momentum decay ψ, step t = 1, 2, …
/// does, per parameter tensor θ with gradient ∇f(θ):
///
///     g ← −∇f(θ) if maximize, else ∇f(θ)
///     if λ ≠ 0:  θ ← θ·(1 − γλ)  if decoupledWeightDecay,  else  g ← g + λ·θ
///     μₜ ← β₁·(1 − ½·0.96^(tψ)),   μₜ₊₁ ← β₁·(1 − ½·0.96^((t+1)ψ))
///     Πₜ ← Πₜ₋₁·μₜ                                (Π₀ = 1)
///     m ← m + (1 − β₁)·(g − m)                    (torch's lerp; m₀ = 0)
///     v ← β₂·v + (1 − β₂)·g²                       (v₀ = 0)
///     d ← √(v / (1 − β₂ᵗ)) + ε
///     θ ← θ − γ(1 − μₜ)/(1 − Πₜ) · g / d
///     θ ← θ − γμₜ₊₁/(1 − Πₜμₜ₊₁) · m / d
public struct NAdam: GradientOptimizer, Sendable {
    /// The learning rate γ.
    public var lr: Double
    /// The decay rates (β₁, β₂) of the first and second moment estimates.
    public let betas: (Double, Double)
    /// The term ε added to the denominator for numerical stability.
    public let eps: Double
    /// The weight decay λ: an L2 penalty on the gradient, or a decoupled decay of θ.
    public let weightDecay: Double
    /// The momentum decay ψ of the schedule μₜ.
    public let momentumDecay: Double
    /// Whether weight decay multiplies θ by 1 − γλ instead of adding λθ to the gradient.
    public let decoupledWeightDecay: Bool
    /// Whether to maximize the objective instead of minimizing it.
    public let maximize: Bool

    /// The number of steps taken, t (torch's `state["step"]`).
    public private(set) var stepCount = 0
    /// The product Πₜ of the momentum coefficients μ₁⋯μₜ (torch's `state["mu_product"]`).
    public private(set) var muProduct = 1.0
    /// The first moment estimates m, one per parameter tensor (empty before the first step).
    public private(set) var expAvgs: [Tensor] = []
    /// The second moment estimates v, one per parameter tensor (empty before the first step).
    public private(set) var expAvgSqs: [Tensor] = []
    private var layout = ParameterLayout()

    /// Creates the optimizer; the defaults are torch's.
    ///
    /// - Throws: ``OptimError/invalidArgument(_:)`` with torch's message for a negative `lr`, `eps`,
    ///   `weightDecay` or `momentumDecay`, or a beta outside [0, 1).
    public init(
        lr: Double = 2e-3, betas: (Double, Double) = (0.9, 0.999), eps: Double = 1e-8, weightDecay: Double = 0,
        momentumDecay: Double = 4e-3, decoupledWeightDecay: Bool = false, maximize: Bool = false
    ) throws {
        try validateAdamFamily(lr: lr, betas: betas, eps: eps, weightDecay: weightDecay)
        try require(0 <= momentumDecay, "Invalid momentum_decay value: \(momentumDecay)")
        self.lr = lr
        self.betas = betas
        self.eps = eps
        self.weightDecay = weightDecay
        self.momentumDecay = momentumDecay
        self.decoupledWeightDecay = decoupledWeightDecay
        self.maximize = maximize
    }

    /// Applies one NAdam update to every parameter tensor in place.
    ///
    /// - Throws: ``OptimError/shapeMismatch(_:)`` if a gradient's shape differs from its parameter's,
    ///   or the parameters differ in number or shape from those of the first step.
    public mutating func step(_ parameters: inout [Tensor], gradients: [Tensor]) throws {
        if try layout.validate(parameters, gradients, optimizer: "NAdam") {
            expAvgs = parameters.map { Tensor(repeating: 0, shape: $0.shape) }
            expAvgSqs = expAvgs
        }
        stepCount += 1
        let t = Double(stepCount)
        let (beta1, beta2) = betas
        let eps = self.eps
        let moments = AdamMoments(lr: lr, betas: betas, weightDecay: weightDecay, decoupled: decoupledWeightDecay, maximize: maximize)
        let biasCorrection2 = 1 - pow(beta2, t)
        let mu = beta1 * (1.0 - 0.5 * pow(0.96, t * momentumDecay))
        let muNext = beta1 * (1.0 - 0.5 * pow(0.96, (t + 1) * momentumDecay))
        muProduct *= mu
        let muProductNext = muProduct * muNext
        let gradientStep = -lr * (1.0 - mu) / (1.0 - muProduct)
        let momentumStep = (-lr * muNext) / (1.0 - muProductNext)
        // Moved out of self so that each state buffer is uniquely referenced and mutated in place.
        var (firstMoments, secondMoments) = (expAvgs, expAvgSqs)
        (expAvgs, expAvgSqs) = ([], [])
        defer { (expAvgs, expAvgSqs) = (firstMoments, secondMoments) }
        updateElementwise(&parameters, gradients, &firstMoments, &secondMoments) { chunk, range in
            chunk.update(range) { theta, g, m, v, _ in
                let (decayed, d) = moments.update(theta, g, &m, &v)
                let denominator = squareRootOfNonNegative(v / biasCorrection2) + eps
                theta = decayed + gradientStep * d / denominator
                theta = theta + momentumStep * m / denominator
            }
        }
    }
}
