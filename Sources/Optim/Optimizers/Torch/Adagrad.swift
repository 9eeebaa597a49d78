/// Adagrad (Duchi, Hazan & Singer): a port of `torch.optim.Adagrad` (single-tensor path, dense
/// gradients) with the same defaults, option names and numerics.
///
/// With learning rate γ, learning-rate decay η, weight decay λ, initial accumulator value s₀ and ε,
/// step t = 1, 2, … does, per parameter tensor θ with gradient ∇f(θ):
///
///     g ← −∇f(θ) if maximize, else ∇f(θ)
///     if λ ≠ 0:  g ← g + λ·θ
///     γ̃ ← γ / (1 + (t − 1)·η)
///     s ← s + g²                                 (s starts at s₀ in every entry)
///     θ ← θ − γ̃·g / (√s + ε)
public struct Adagrad: GradientOptimizer, Sendable {
    /// The learning rate γ.
    public var lr: Double
    /// The learning-rate decay η.
    public let lrDecay: Double
    /// The L2 penalty λ added to the gradient.
    public let weightDecay: Double
    /// The value s₀ every entry of the accumulator starts from.
    public let initialAccumulatorValue: Double
    /// The term ε added to the denominator for numerical stability.
    public let eps: Double
    /// Whether to maximize the objective instead of minimizing it.
    public let maximize: Bool

    /// The number of steps taken, t (torch's `state["step"]`).
    public private(set) var stepCount = 0
    /// The accumulated squared gradients s, one per parameter tensor (empty before the first step).
    public private(set) var sums: [Tensor] = []
    private var layout = ParameterLayout()

    /// Creates the optimizer; the defaults are torch's.
    ///
    /// - Throws: ``OptimError/invalidArgument(_:)`` with torch's message for a negative `lr`,
    ///   `lrDecay`, `weightDecay`, `initialAccumulatorValue` or `eps`.
    public init(
        lr: Double = 1e-2, lrDecay: Double = 0, weightDecay: Double = 0, initialAccumulatorValue: Double = 0,
        eps: Double = 1e-10, maximize: Bool = false
    ) throws {
        try require(0 <= lr, "Invalid learning rate: \(lr)")
        try require(0 <= lrDecay, "Invalid lr_decay value: \(lrDecay)")
        try require(0 <= weightDecay, "Invalid weight_decay value: \(weightDecay)")
        try require(
            0 <= initialAccumulatorValue, "Invalid initial_accumulator_value value: \(initialAccumulatorValue)")
        try require(0 <= eps, "Invalid epsilon value: \(eps)")
        self.lr = lr
        self.lrDecay = lrDecay
        self.weightDecay = weightDecay
        self.initialAccumulatorValue = initialAccumulatorValue
        self.eps = eps
        self.maximize = maximize
    }

    /// Applies one Adagrad update to every parameter tensor in place.
    ///
    /// - Throws: ``OptimError/shapeMismatch(_:)`` if a gradient's shape differs from its parameter's,
    ///   or the parameters differ in number or shape from those of the first step.
    public mutating func step(_ parameters: inout [Tensor], gradients: [Tensor]) throws {
        if try layout.validate(parameters, gradients, optimizer: "Adagrad") {
            sums = parameters.map { Tensor(repeating: initialAccumulatorValue, shape: $0.shape) }
        }
        stepCount += 1
        let (eps, weightDecay) = (self.eps, self.weightDecay)
        let sign: Double = maximize ? -1 : 1
        let decayedLr = lr / (1 + (Double(stepCount) - 1) * lrDecay)
        let negativeLr = -decayedLr
        // Moved out of self so that each state buffer is uniquely referenced and mutated in place.
        var accumulators = sums
        sums = []
        defer { sums = accumulators }
        updateElementwise(&parameters, gradients, &accumulators) { chunk, range in
            chunk.update(range) { theta, g, sum, _, _ in
                var d = sign * g
                if weightDecay != 0 { d = d + weightDecay * theta }
                sum = sum + d * d
                theta = theta + negativeLr * d / (squareRootOfNonNegative(sum) + eps)
            }
        }
    }
}
