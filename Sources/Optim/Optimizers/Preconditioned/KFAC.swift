/// K-FAC (Martens & Grosse, 2015) for the fully connected layers of an ``MLPClassifier``: each layer's
/// block of the (empirical) Fisher matrix is approximated by a Kronecker product Ā ⊗ G of two small
/// matrices, so its inverse is applied as two small solves.
///
/// For layer l with inputs aᵢ (augmented with a 1 for the bias) and per-sample output gradients gᵢ:
///
///   Ā ← ρĀ + (1 − ρ)(1/B) Σ āᵢāᵢᵀ,   G ← ρG + (1 − ρ)(1/B) Σ gᵢgᵢᵀ    (the first batch sets them)
///   [ΔW Δb] = (G + √λ I)⁻¹ [∇W ∇b] (Ā + √λ I)⁻¹,   [W b] ← [W b] − η [ΔW Δb].
///
/// This uses the empirical Fisher (gradients of the observed labels' loss) and Tikhonov damping split
/// evenly between the factors. Defaults η = 0.05, λ = 10⁻², ρ = 0.95.
public struct KFAC: Sendable {
    /// η.
    public var lr: Double
    /// λ.
    public var damping: Double
    /// ρ, the decay of the running factor averages.
    public var decay: Double

    private var inputFactors: [Matrix] = []
    private var gradientFactors: [Matrix] = []

    /// K-FAC.
    public init(lr: Double = 0.05, damping: Double = 1e-2, decay: Double = 0.95) {
        self.lr = lr
        self.damping = damping
        self.decay = decay
    }

    /// One K-FAC update of an MLP's parameters [W₁, b₁, …] given their gradients and each layer's statistics.
    ///
    /// - Throws: ``OptimError/shapeMismatch(_:)`` if parameters, gradients and statistics disagree.
    public mutating func step(_ parameters: inout [Tensor], gradients: [Tensor], statistics: [LayerStatistics]) throws {
        guard parameters.count == 2 * statistics.count, gradients.map(\.shape) == parameters.map(\.shape) else {
            throw OptimError.shapeMismatch(
                "K-FAC: parameters \(parameters.map(\.shape)), gradients \(gradients.map(\.shape)), \(statistics.count) layers")
        }
        let first = inputFactors.isEmpty
        let root = damping.squareRoot()
        for (l, layer) in statistics.enumerated() {
            let b = Double(layer.inputs.rows)
            let augmented = Matrix(
                rows: layer.inputs.rows, cols: layer.inputs.cols + 1,
                scalars: (0..<layer.inputs.rows).flatMap { layer.inputs.row($0).scalars + [1] })
            let a = (augmented.transposed * augmented) / b
            let g = (layer.outputGradients.transposed * layer.outputGradients) / b
            if first {
                inputFactors.append(a)
                gradientFactors.append(g)
            } else {
                inputFactors[l] = decay * inputFactors[l] + (1 - decay) * a
                gradientFactors[l] = decay * gradientFactors[l] + (1 - decay) * g
            }
            let (outputs, inputs) = (parameters[2 * l].shape[0], parameters[2 * l].shape[1])
            var combined = Matrix.zeros(outputs, inputs + 1)
            for i in 0..<outputs {
                for j in 0..<inputs { combined[i, j] = gradients[2 * l].scalars[i * inputs + j] }
                combined[i, inputs] = gradients[2 * l + 1].scalars[i]
            }
            let left = try (gradientFactors[l] + root * Matrix.identity(outputs)).solve(combined)
            let update = try (inputFactors[l] + root * Matrix.identity(inputs + 1)).solve(left.transposed).transposed
            for i in 0..<outputs {
                for j in 0..<inputs { parameters[2 * l].scalars[i * inputs + j] -= lr * update[i, j] }
                parameters[2 * l + 1].scalars[i] -= lr * update[i, inputs]
            }
        }
    }
}
