import Foundation

/// Adam (Kingma & Ba), with optional AMSGrad and L2 or decoupled weight decay: a port of
/// `torch.optim.Adam` (single-tensor path) with the same defaults, option names and numerics.
///
/// With learning rate γ, betas (β₁, β₂), ε and weight decay λ, step t = 1, 2, … does, per parameter
/// tensor θ with gradient ∇f(θ):
///
///     g ← −∇f(θ) if maximize, else ∇f(θ)
///     if λ ≠ 0:  θ ← θ·(1 − γλ)  if decoupledWeightDecay,  else  g ← g + λ·θ
///     m ← m + (1 − β₁)·(g − m)                  (torch's lerp; m₀ = 0)
///     v ← β₂·v + (1 − β₂)·g²                     (v₀ = 0)
///     if amsgrad:  v_max ← max(v_max, v),  and v_max replaces v below
///     θ ← θ − (γ / (1 − β₁ᵗ)) · m / (√v / √(1 − β₂ᵗ) + ε)
///
/// ε is added outside the square root, after the bias correction of v, exactly as torch does.
public struct Adam: GradientOptimizer, Sendable {
    /// The learning rate γ.
    public var lr: Double
    /// The decay rates (β₁, β₂) of the first and second moment estimates.
    public let betas: (Double, Double)
    /// The term ε added to the denominator for numerical stability.
    public let eps: Double
    /// The weight decay λ: an L2 penalty on the gradient, or a decoupled decay of θ.
    public let weightDecay: Double
    /// Whether to use the AMSGrad variant (the running maximum of v in the denominator).
    public let amsgrad: Bool
    /// Whether to maximize the objective instead of minimizing it.
    public let maximize: Bool
    /// Whether weight decay multiplies θ by 1 − γλ (AdamW) instead of adding λθ to the gradient.
    public let decoupledWeightDecay: Bool

    /// The number of steps taken, t (torch's `state["step"]`).
    public private(set) var stepCount = 0
    /// The first moment estimates m, one per parameter tensor (empty before the first step).
    public private(set) var expAvgs: [Tensor] = []
    /// The second moment estimates v, one per parameter tensor (empty before the first step).
    public private(set) var expAvgSqs: [Tensor] = []
    /// The running maxima v_max of v when `amsgrad` is on; empty otherwise.
    public private(set) var maxExpAvgSqs: [Tensor] = []
    private var layout = ParameterLayout()
    /// The name shape errors start with: AdamW renames the Adam it wraps.
    var name = "Adam"

    /// Creates the optimizer; the defaults are torch's.
    ///
    /// - Throws: ``OptimError/invalidArgument(_:)`` with torch's message for a negative `lr`, `eps`
    ///   or `weightDecay`, or a beta outside [0, 1).
    public init(
        lr: Double = 1e-3, betas: (Double, Double) = (0.9, 0.999), eps: Double = 1e-8,
        weightDecay: Double = 0, amsgrad: Bool = false, maximize: Bool = false,
        decoupledWeightDecay: Bool = false
    ) throws {
        try validateAdamFamily(lr: lr, betas: betas, eps: eps, weightDecay: weightDecay)
        self.lr = lr
        self.betas = betas
        self.eps = eps
        self.weightDecay = weightDecay
        self.amsgrad = amsgrad
        self.maximize = maximize
        self.decoupledWeightDecay = decoupledWeightDecay
    }

    /// Applies one Adam update to every parameter tensor in place.
    ///
    /// - Throws: ``OptimError/shapeMismatch(_:)`` if a gradient's shape differs from its parameter's,
    ///   or the parameters differ in number or shape from those of the first step.
    public mutating func step(_ parameters: inout [Tensor], gradients: [Tensor]) throws {
        if try layout.validate(parameters, gradients, optimizer: name) {
            expAvgs = parameters.map { Tensor(repeating: 0, shape: $0.shape) }
            expAvgSqs = expAvgs
            if amsgrad { maxExpAvgSqs = expAvgs }
        }
        stepCount += 1
        let t = Double(stepCount)
        let (beta1, beta2) = betas
        let (eps, amsgrad) = (self.eps, self.amsgrad)
        let moments = AdamMoments(lr: lr, betas: betas, weightDecay: weightDecay, decoupled: decoupledWeightDecay, maximize: maximize)
        let stepSize = lr / (1 - pow(beta1, t))
        let negativeStepSize = -stepSize
        let biasCorrection2Sqrt = pow(1 - pow(beta2, t), 0.5)

        // Moved out of self so that each state buffer is uniquely referenced and mutated in place.
        var (firstMoments, secondMoments, maxima) = (expAvgs, expAvgSqs, maxExpAvgSqs)
        (expAvgs, expAvgSqs, maxExpAvgSqs) = ([], [], [])
        defer { (expAvgs, expAvgSqs, maxExpAvgSqs) = (firstMoments, secondMoments, maxima) }
        updateElementwise(&parameters, gradients, &firstMoments, &secondMoments, &maxima) { chunk, range in
            chunk.update(range) { theta, g, m, v, vMax in
                let (decayed, _) = moments.update(theta, g, &m, &v)
                let denominator: Lanes
                if amsgrad {
                    vMax = torchMaximum(vMax, v)
                    denominator = squareRootOfNonNegative(vMax) / biasCorrection2Sqrt + eps
                } else {
                    denominator = squareRootOfNonNegative(v) / biasCorrection2Sqrt + eps
                }
                theta = decayed + negativeStepSize * m / denominator
            }
        }
    }
}

/// Torch's hyperparameter checks shared by Adam, AdamW, NAdam, RAdam and Adamax.
func validateAdamFamily(lr: Double, betas: (Double, Double), eps: Double, weightDecay: Double) throws {
    try require(0 <= lr, "Invalid learning rate: \(lr)")
    try require(0 <= eps, "Invalid epsilon value: \(eps)")
    try require(0 <= betas.0 && betas.0 < 1, "Invalid beta parameter at index 0: \(betas.0)")
    try require(0 <= betas.1 && betas.1 < 1, "Invalid beta parameter at index 1: \(betas.1)")
    try require(0 <= weightDecay, "Invalid weight_decay value: \(weightDecay)")
}
