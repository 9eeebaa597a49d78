/// Lion, "EvoLved Sign Momentum" (Chen et al., 2023): the update is the sign of an interpolation
/// between momentum and gradient, so every coordinate moves by exactly ±η.
///
///   θ ← θ(1 − ηλ)
///   θ ← θ − η · sign(β₁m + (1 − β₁)g)
///   m ← β₂m + (1 − β₂)g
///
/// Defaults as in the paper's reference code: η = 10⁻⁴, β = (0.9, 0.99), λ = 0.
public struct Lion: GradientOptimizer, Sendable {
    /// η.
    public var lr: Double
    /// (β₁, β₂): β₁ interpolates the update direction, β₂ the momentum.
    public var betas: (Double, Double)
    /// λ, decoupled weight decay.
    public var weightDecay: Double

    private var guardrail = ShapeGuard()
    private var m: [[Double]] = []

    /// Lion with the reference defaults.
    public init(lr: Double = 1e-4, betas: (Double, Double) = (0.9, 0.99), weightDecay: Double = 0) {
        self.lr = lr
        self.betas = betas
        self.weightDecay = weightDecay
    }

    /// One Lion update of every parameter.
    public mutating func step(_ parameters: inout [Tensor], gradients: [Tensor]) throws {
        if try guardrail.check(parameters, gradients, in: "Lion") {
            m = parameters.map { [Double](repeating: 0, count: $0.count) }
        }
        let (beta1, beta2) = betas
        let (lr, decay) = (lr, weightDecay)
        for i in parameters.indices {
            parameters[i].scalars.withUnsafeMutableBufferPointer { theta in
                m[i].withUnsafeMutableBufferPointer { m in
                    gradients[i].scalars.withUnsafeBufferPointer { g in
                        for j in 0..<theta.count {
                            theta[j] *= 1 - lr * decay
                            let c = beta1 * m[j] + (1 - beta1) * g[j]
                            theta[j] -= lr * (c > 0 ? 1 : (c < 0 ? -1 : 0))
                            m[j] = beta2 * m[j] + (1 - beta2) * g[j]
                        }
                    }
                }
            }
        }
    }
}
