import Foundation

/// Adamax, Adam's infinity-norm variant (Kingma & Ba): a port of `torch.optim.Adamax` (single-tensor
/// path) with the same defaults, option names and numerics.
///
/// With learning rate γ, betas (β₁, β₂), ε and weight decay λ, step t = 1, 2, … does, per parameter
/// tensor θ with gradient ∇f(θ):
///
///     g ← −∇f(θ) if maximize, else ∇f(θ)
///     if λ ≠ 0:  g ← g + λ·θ
///     m ← m + (1 − β₁)·(g − m)                    (torch's lerp; m₀ = 0)
///     u ← max(β₂·u, |g| + ε)                       (u₀ = 0)
///     θ ← θ − (γ / (1 − β₁ᵗ))·m / u
public struct Adamax: GradientOptimizer, Sendable {
    /// The learning rate γ.
    public var lr: Double
    /// The decay rates (β₁, β₂) of the first moment and of the infinity norm.
    public let betas: (Double, Double)
    /// The term ε added to |g| for numerical stability.
    public let eps: Double
    /// The L2 penalty λ added to the gradient.
    public let weightDecay: Double
    /// Whether to maximize the objective instead of minimizing it.
    public let maximize: Bool

    /// The number of steps taken, t (torch's `state["step"]`).
    public private(set) var stepCount = 0
    /// The first moment estimates m, one per parameter tensor (empty before the first step).
    public private(set) var expAvgs: [Tensor] = []
    /// The exponentially weighted infinity norms u, one per parameter tensor (empty before the first step).
    public private(set) var expInfs: [Tensor] = []
    private var layout = ParameterLayout()

    /// Creates the optimizer; the defaults are torch's.
    ///
    /// - Throws: ``OptimError/invalidArgument(_:)`` with torch's message for a negative `lr`, `eps`
    ///   or `weightDecay`, or a beta outside [0, 1).
    public init(
        lr: Double = 2e-3, betas: (Double, Double) = (0.9, 0.999), eps: Double = 1e-8, weightDecay: Double = 0,
        maximize: Bool = false
    ) throws {
        try validateAdamFamily(lr: lr, betas: betas, eps: eps, weightDecay: weightDecay)
        self.lr = lr
        self.betas = betas
        self.eps = eps
        self.weightDecay = weightDecay
        self.maximize = maximize
    }

    /// Applies one Adamax update to every parameter tensor in place.
    ///
    /// - Throws: ``OptimError/shapeMismatch(_:)`` if a gradient's shape differs from its parameter's,
    ///   or the parameters differ in number or shape from those of the first step.
    public mutating func step(_ parameters: inout [Tensor], gradients: [Tensor]) throws {
        if try layout.validate(parameters, gradients, optimizer: "Adamax") {
            expAvgs = parameters.map { Tensor(repeating: 0, shape: $0.shape) }
            expInfs = expAvgs
        }
        stepCount += 1
        let (beta1, beta2) = betas
        let (eps, weightDecay) = (self.eps, self.weightDecay)
        let sign: Double = maximize ? -1 : 1
        let lerpWeight = 1 - beta1
        let negativeStepSize = -(lr / (1 - pow(beta1, Double(stepCount))))
        // Moved out of self so that each state buffer is uniquely referenced and mutated in place.
        var (firstMoments, norms) = (expAvgs, expInfs)
        (expAvgs, expInfs) = ([], [])
        defer { (expAvgs, expInfs) = (firstMoments, norms) }
        updateElementwise(&parameters, gradients, &firstMoments, &norms) { chunk, range in
            chunk.update(range) { theta, g, m, u, _ in
                var d = sign * g
                if weightDecay != 0 { d = d + weightDecay * theta }
                m = torchLerp(m, d, lerpWeight)
                u = torchMaximum(u * beta2, magnitude(d) + eps)
                theta = theta + negativeStepSize * m / u
            }
        }
    }
}
