/// Shampoo (Gupta, Koren & Singer, 2018): a Kronecker-factored full-matrix AdaGrad. For a matrix
/// parameter with gradient G,
///
///   L ← L + GGᵀ,  R ← R + GᵀG   (L₀ = εI, R₀ = εI)
///   θ ← θ − η L^(−1/4) G R^(−1/4),
///
/// and for a vector parameter (order 1) H ← H + ggᵀ, θ ← θ − η H^(−1/2) g (full-matrix AdaGrad).
/// The inverse roots are computed exactly every step by symmetric eigendecomposition.
/// Defaults: η = 0.1, ε = 10⁻⁴.
public struct Shampoo: GradientOptimizer, Sendable {
    /// η.
    public var lr: Double
    /// ε, the initial diagonal of every preconditioner statistic.
    public var epsilon: Double

    private var guardrail = ShapeGuard()
    private var left: [Matrix] = []
    private var right: [Matrix] = []

    /// Shampoo.
    public init(lr: Double = 0.1, epsilon: Double = 1e-4) {
        self.lr = lr
        self.epsilon = epsilon
    }

    /// One Shampoo update of every parameter.
    ///
    /// - Throws: ``OptimError/invalidArgument(_:)`` for tensors of rank > 2.
    public mutating func step(_ parameters: inout [Tensor], gradients: [Tensor]) throws {
        if try guardrail.check(parameters, gradients, in: "Shampoo") {
            for p in parameters where p.shape.count > 2 {
                throw OptimError.invalidArgument("Shampoo supports vectors and matrices, got shape \(p.shape)")
            }
            left = parameters.map { Matrix.identity($0.shape.first ?? 1) * epsilon }
            right = parameters.map { Matrix.identity($0.shape.count == 2 ? $0.shape[1] : 0) * epsilon }
        }
        for i in parameters.indices {
            let shape = parameters[i].shape
            let update: Matrix
            if shape.count == 2 {
                let g = try Matrix(gradients[i])
                left[i] += g * g.transposed
                right[i] += g.transposed * g
                update = try left[i].power(-0.25) * g * right[i].power(-0.25)
            } else {
                let g = Matrix(rows: gradients[i].count, cols: 1, scalars: gradients[i].scalars)
                left[i] += g * g.transposed
                update = try left[i].power(-0.5) * g
            }
            for j in update.scalars.indices { parameters[i].scalars[j] -= lr * update.scalars[j] }
        }
    }
}
