/// Stochastic gradient descent with optional momentum, Nesterov momentum and weight decay: a port of
/// `torch.optim.SGD` (single-tensor path) with the same defaults, option names and numerics.
///
/// With learning rate γ, momentum μ, dampening τ and weight decay λ, each step does, per parameter
/// tensor θ with gradient ∇f(θ):
///
///     g ← −∇f(θ) if maximize, else ∇f(θ)
///     if λ ≠ 0:  g ← g + λ·θ
///     if μ ≠ 0:
///         b ← g                          on the first step (no dampening)
///         b ← μ·b + (1 − τ)·g            afterwards
///         g ← g + μ·b  if nesterov,  else  g ← b
///     θ ← θ − γ·g
///
/// The momentum buffer `b` is created on the first step, as in torch.
public struct SGD: GradientOptimizer, Sendable {
    /// The learning rate γ.
    public var lr: Double
    /// The momentum factor μ (0 disables momentum).
    public let momentum: Double
    /// The dampening τ applied to the gradient in the momentum update after the first step.
    public let dampening: Double
    /// The L2 penalty λ added to the gradient.
    public let weightDecay: Double
    /// Whether to use Nesterov momentum (requires μ > 0 and τ = 0).
    public let nesterov: Bool
    /// Whether to maximize the objective instead of minimizing it.
    public let maximize: Bool

    /// The momentum buffers `b`, one per parameter tensor; empty before the first step or when μ = 0.
    public private(set) var momentumBuffers: [Tensor] = []
    private var layout = ParameterLayout()

    /// Creates the optimizer; the defaults are torch's.
    ///
    /// - Throws: ``OptimError/invalidArgument(_:)`` with torch's message for a negative `lr`,
    ///   `momentum` or `weightDecay`, or for `nesterov` without momentum or with dampening.
    public init(
        lr: Double = 1e-3, momentum: Double = 0, dampening: Double = 0, weightDecay: Double = 0,
        nesterov: Bool = false, maximize: Bool = false
    ) throws {
        try require(!(lr < 0), "Invalid learning rate: \(lr)")
        try require(!(momentum < 0), "Invalid momentum value: \(momentum)")
        try require(!(weightDecay < 0), "Invalid weight_decay value: \(weightDecay)")
        try require(
            !(nesterov && (momentum <= 0 || dampening != 0)),
            "Nesterov momentum requires a momentum and zero dampening")
        self.lr = lr
        self.momentum = momentum
        self.dampening = dampening
        self.weightDecay = weightDecay
        self.nesterov = nesterov
        self.maximize = maximize
    }

    /// Applies one SGD update to every parameter tensor in place.
    ///
    /// - Throws: ``OptimError/shapeMismatch(_:)`` if a gradient's shape differs from its parameter's,
    ///   or the parameters differ in number or shape from those of the first step.
    public mutating func step(_ parameters: inout [Tensor], gradients: [Tensor]) throws {
        let first = try layout.validate(parameters, gradients, optimizer: "SGD")
        let (lr, momentum, weightDecay, nesterov) = (self.lr, self.momentum, self.weightDecay, self.nesterov)
        let sign: Double = maximize ? -1 : 1
        let gradientWeight = 1 - dampening
        var buffers = momentumBuffers
        momentumBuffers = []
        defer { momentumBuffers = buffers }
        if first && momentum != 0 { buffers = parameters.map { Tensor(repeating: 0, shape: $0.shape) } }
        updateElementwise(&parameters, gradients, &buffers) { chunk, range in
            chunk.update(range) { theta, g, buffer, _, _ in
                var d = sign * g
                if weightDecay != 0 { d = d + weightDecay * theta }
                if momentum != 0 {
                    buffer = first ? d : buffer * momentum + gradientWeight * d
                    d = nesterov ? d + momentum * buffer : buffer
                }
                theta = theta + -lr * d
            }
        }
    }
}
