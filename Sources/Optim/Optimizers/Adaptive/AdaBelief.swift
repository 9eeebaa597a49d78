import Foundation

/// AdaBelief (Zhuang et al., NeurIPS 2020; the official `adabelief-pytorch` 0.2 update without
/// rectification): Adam whose second moment tracks the *belief* (g − m)², the deviation of the
/// gradient from its prediction, instead of g².
///
///   θ ← θ(1 − ηλ)                          (decoupled weight decay; else g ← g + λθ)
///   m ← β₁m + (1 − β₁)g
///   s ← β₂s + (1 − β₂)(g − m)² + ε
///   θ ← θ − η/(1 − β₁ᵗ) · m / (√s / √(1 − β₂ᵗ) + ε)
///
/// Defaults as in the package: η = 10⁻³, β = (0.9, 0.999), ε = 10⁻¹⁶, λ = 0, decoupled decay.
public struct AdaBelief: GradientOptimizer, Sendable {
    /// η.
    public var lr: Double
    /// (β₁, β₂).
    public var betas: (Double, Double)
    /// ε, added inside the second moment each step and to the denominator.
    public var eps: Double
    /// λ.
    public var weightDecay: Double
    /// Whether weight decay is decoupled (AdamW-style, θ ← θ(1 − ηλ)) rather than added to g.
    public var decoupledWeightDecay: Bool

    private var guardrail = ShapeGuard()
    private var step = 0
    private var m: [[Double]] = []
    private var s: [[Double]] = []

    /// AdaBelief with the official defaults.
    public init(lr: Double = 1e-3, betas: (Double, Double) = (0.9, 0.999), eps: Double = 1e-16,
                weightDecay: Double = 0, decoupledWeightDecay: Bool = true) {
        self.lr = lr
        self.betas = betas
        self.eps = eps
        self.weightDecay = weightDecay
        self.decoupledWeightDecay = decoupledWeightDecay
    }

    /// One AdaBelief update of every parameter.
    public mutating func step(_ parameters: inout [Tensor], gradients: [Tensor]) throws {
        if try guardrail.check(parameters, gradients, in: "AdaBelief") {
            m = parameters.map { [Double](repeating: 0, count: $0.count) }
            s = m
        }
        step += 1
        let (beta1, beta2) = betas
        let correction1 = 1 - Foundation.pow(beta1, Double(step))
        let root2 = (1 - Foundation.pow(beta2, Double(step))).squareRoot()
        let stepSize = lr / correction1
        let (lr, eps, decay, decoupled) = (lr, eps, weightDecay, decoupledWeightDecay)
        for i in parameters.indices {
            parameters[i].scalars.withUnsafeMutableBufferPointer { theta in
                m[i].withUnsafeMutableBufferPointer { m in
                    s[i].withUnsafeMutableBufferPointer { s in
                        gradients[i].scalars.withUnsafeBufferPointer { g in
                            for j in 0..<theta.count {
                                var gj = g[j]
                                if decoupled { theta[j] *= 1 - lr * decay } else { gj += decay * theta[j] }
                                m[j] = beta1 * m[j] + (1 - beta1) * gj
                                let residual = gj - m[j]
                                s[j] = beta2 * s[j] + (1 - beta2) * residual * residual + eps
                                theta[j] -= stepSize * m[j] / (s[j].squareRoot() / root2 + eps)
                            }
                        }
                    }
                }
            }
        }
    }
}
