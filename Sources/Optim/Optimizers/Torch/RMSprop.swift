/// RMSprop (Hinton), optionally centered and with momentum: a port of `torch.optim.RMSprop`
/// (single-tensor path) with the same defaults, option names and numerics.
///
/// With learning rate γ, smoothing constant α, ε, weight decay λ and momentum μ, each step does, per
/// parameter tensor θ with gradient ∇f(θ):
///
///     g ← −∇f(θ) if maximize, else ∇f(θ)
///     if λ ≠ 0:  g ← g + λ·θ
///     v ← α·v + (1 − α)·g²                       (v₀ = 0)
///     if centered:
///         ḡ ← ḡ + (1 − α)·(g − ḡ)               (torch's lerp; ḡ₀ = 0)
///         d ← √(v − ḡ²) + ε
///     else:
///         d ← √v + ε
///     if μ > 0:  b ← μ·b + g / d  (b₀ = 0),  θ ← θ − γ·b
///     else:      θ ← θ − γ·g / d
///
/// There is no bias correction of v, as in torch.
public struct RMSprop: GradientOptimizer, Sendable {
    /// The learning rate γ.
    public var lr: Double
    /// The smoothing constant α of the running average of g².
    public let alpha: Double
    /// The term ε added to the denominator for numerical stability.
    public let eps: Double
    /// The L2 penalty λ added to the gradient.
    public let weightDecay: Double
    /// The momentum factor μ (0 disables momentum).
    public let momentum: Double
    /// Whether to normalise by the estimated variance of g instead of its uncentered second moment.
    public let centered: Bool
    /// Whether to maximize the objective instead of minimizing it.
    public let maximize: Bool

    /// The number of steps taken (torch's `state["step"]`).
    public private(set) var stepCount = 0
    /// The running averages v of g², one per parameter tensor (empty before the first step).
    public private(set) var squareAvgs: [Tensor] = []
    /// The running averages ḡ of g when `centered`; empty otherwise.
    public private(set) var gradAvgs: [Tensor] = []
    /// The momentum buffers b when μ > 0; empty otherwise.
    public private(set) var momentumBuffers: [Tensor] = []
    private var layout = ParameterLayout()

    /// Creates the optimizer; the defaults are torch's.
    ///
    /// - Throws: ``OptimError/invalidArgument(_:)`` with torch's message for a negative `lr`, `eps`,
    ///   `momentum`, `weightDecay` or `alpha`.
    public init(
        lr: Double = 1e-2, alpha: Double = 0.99, eps: Double = 1e-8, weightDecay: Double = 0,
        momentum: Double = 0, centered: Bool = false, maximize: Bool = false
    ) throws {
        try require(0 <= lr, "Invalid learning rate: \(lr)")
        try require(0 <= eps, "Invalid epsilon value: \(eps)")
        try require(0 <= momentum, "Invalid momentum value: \(momentum)")
        try require(0 <= weightDecay, "Invalid weight_decay value: \(weightDecay)")
        try require(0 <= alpha, "Invalid alpha value: \(alpha)")
        self.lr = lr
        self.alpha = alpha
        self.eps = eps
        self.weightDecay = weightDecay
        self.momentum = momentum
        self.centered = centered
        self.maximize = maximize
    }

    /// Applies one RMSprop update to every parameter tensor in place.
    ///
    /// - Throws: ``OptimError/shapeMismatch(_:)`` if a gradient's shape differs from its parameter's,
    ///   or the parameters differ in number or shape from those of the first step.
    public mutating func step(_ parameters: inout [Tensor], gradients: [Tensor]) throws {
        if try layout.validate(parameters, gradients, optimizer: "RMSprop") {
            squareAvgs = parameters.map { Tensor(repeating: 0, shape: $0.shape) }
            if centered { gradAvgs = squareAvgs }
            if momentum > 0 { momentumBuffers = squareAvgs }
        }
        stepCount += 1
        let (alpha, eps, weightDecay, momentum, centered) = (self.alpha, self.eps, self.weightDecay, self.momentum, centered)
        let sign: Double = maximize ? -1 : 1
        let negativeLr = -lr
        let averageWeight = 1 - alpha
        // Moved out of self so that each state buffer is uniquely referenced and mutated in place.
        var (squares, averages, buffers) = (squareAvgs, gradAvgs, momentumBuffers)
        (squareAvgs, gradAvgs, momentumBuffers) = ([], [], [])
        defer { (squareAvgs, gradAvgs, momentumBuffers) = (squares, averages, buffers) }
        updateElementwise(&parameters, gradients, &squares, &averages, &buffers) { chunk, range in
            chunk.update(range) { theta, g, v, average, buffer in
                var d = sign * g
                if weightDecay != 0 { d = d + weightDecay * theta }
                v = v * alpha + averageWeight * d * d
                var denominator: Lanes
                if centered {
                    average = torchLerp(average, d, averageWeight)
                    denominator = (v + -average * average).squareRoot()
                } else {
                    denominator = squareRootOfNonNegative(v)
                }
                denominator = denominator + eps
                if momentum > 0 {
                    buffer = buffer * momentum + d / denominator
                    theta = theta + negativeLr * buffer
                } else {
                    theta = theta + negativeLr * d / denominator
                }
            }
        }
    }
}
