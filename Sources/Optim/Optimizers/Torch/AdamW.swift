/// Adam with decoupled weight decay (Loshchilov & Hutter): a port of `torch.optim.AdamW`, which is
/// torch's Adam with `decoupled_weight_decay=True` and a default weight decay of 10⁻².
///
/// With learning rate γ, betas (β₁, β₂), ε and weight decay λ, step t = 1, 2, … does, per parameter
/// tensor θ with gradient ∇f(θ):
///
///     g ← −∇f(θ) if maximize, else ∇f(θ)
///     θ ← θ·(1 − γλ)
///     m ← m + (1 − β₁)·(g − m)                  (torch's lerp; m₀ = 0)
///     v ← β₂·v + (1 − β₂)·g²                     (v₀ = 0)
///     if amsgrad:  v_max ← max(v_max, v),  and v_max replaces v below
///     θ ← θ − (γ / (1 − β₁ᵗ)) · m / (√v / √(1 − β₂ᵗ) + ε)
public struct AdamW: GradientOptimizer, Sendable {
    private var adam: Adam

    /// The learning rate γ.
    public var lr: Double {
        get { adam.lr }
        set { adam.lr = newValue }
    }
    /// The decay rates (β₁, β₂) of the first and second moment estimates.
    public var betas: (Double, Double) { adam.betas }
    /// The term ε added to the denominator for numerical stability.
    public var eps: Double { adam.eps }
    /// The decoupled weight decay λ: θ is multiplied by 1 − γλ before each update.
    public var weightDecay: Double { adam.weightDecay }
    /// Whether to use the AMSGrad variant (the running maximum of v in the denominator).
    public var amsgrad: Bool { adam.amsgrad }
    /// Whether to maximize the objective instead of minimizing it.
    public var maximize: Bool { adam.maximize }
    /// Always `true`: AdamW is Adam with decoupled weight decay (torch keeps the flag in AdamW's defaults).
    public var decoupledWeightDecay: Bool { adam.decoupledWeightDecay }
    /// The number of steps taken, t (torch's `state["step"]`).
    public var stepCount: Int { adam.stepCount }
    /// The first moment estimates m, one per parameter tensor (empty before the first step).
    public var expAvgs: [Tensor] { adam.expAvgs }
    /// The second moment estimates v, one per parameter tensor (empty before the first step).
    public var expAvgSqs: [Tensor] { adam.expAvgSqs }
    /// The running maxima v_max of v when `amsgrad` is on; empty otherwise.
    public var maxExpAvgSqs: [Tensor] { adam.maxExpAvgSqs }

    /// Creates the optimizer; the defaults are torch's.
    ///
    /// - Throws: ``OptimError/invalidArgument(_:)`` with torch's message for a negative `lr`, `eps`
    ///   or `weightDecay`, or a beta outside [0, 1).
    public init(
        lr: Double = 1e-3, betas: (Double, Double) = (0.9, 0.999), eps: Double = 1e-8,
        weightDecay: Double = 1e-2, amsgrad: Bool = false, maximize: Bool = false
    ) throws {
        adam = try Adam(
            lr: lr, betas: betas, eps: eps, weightDecay: weightDecay, amsgrad: amsgrad, maximize: maximize,
            decoupledWeightDecay: true)
        adam.name = "AdamW"
    }

    /// Applies one AdamW update to every parameter tensor in place.
    ///
    /// - Throws: ``OptimError/shapeMismatch(_:)`` if a gradient's shape differs from its parameter's,
    ///   or the parameters differ in number or shape from those of the first step.
    public mutating func step(_ parameters: inout [Tensor], gradients: [Tensor]) throws {
        try adam.step(&parameters, gradients: gradients)
    }
}
