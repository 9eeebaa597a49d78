import Foundation

/// A fully connected classifier (multi-layer perceptron) with softmax cross-entropy loss. For layer
/// sizes d = n₀, n₁, …, n_L = k the parameters are [W₁, b₁, …, W_L, b_L] with Wₗ ∈ ℝ^{nₗ×nₗ₋₁}, bₗ ∈ ℝ^{nₗ}:
///
///   a₀ = x,  zₗ = Wₗaₗ₋₁ + bₗ,  aₗ = φ(zₗ) (hidden layers),  logits z_L,
///   backward: δ_L = (softmax(z_L) − e_y)/|B|,  ∇Wₗ = δₗᵀaₗ₋₁,  ∇bₗ = Σ δₗ,  δₗ₋₁ = (δₗWₗ) ⊙ φ′(zₗ₋₁).
///
/// Initialisation: Wₗ ~ N(0, g²/nₗ₋₁) with g² = 1 for tanh (LeCun) and 2 for ReLU (He); bₗ = 0.
public struct MLPClassifier: Classifier, Sendable {
    /// The hidden-layer nonlinearity φ.
    public enum Activation: Sendable {
        /// φ = tanh, φ′ = 1 − tanh².
        case tanh
        /// φ = max(0, z), φ′ = [z > 0].
        case relu
    }

    /// The data; labels 0 … k−1.
    public let data: Dataset
    /// n₀ = d, the hidden widths, and n_L = k.
    public let layerSizes: [Int]
    /// φ.
    public let activation: Activation

    /// An MLP with the given hidden widths; the input width is the data's and the output width the
    /// number of classes (by default 1 + the largest label).
    public init(data: Dataset, hiddenSizes: [Int], activation: Activation = .tanh, classCount: Int? = nil) {
        self.data = data
        self.layerSizes = [data.featureCount] + hiddenSizes + [classCount ?? data.classCount]
        self.activation = activation
    }

    /// Σₗ nₗ(nₗ₋₁ + 1), after checking that every width is positive and every label below n_L.
    ///
    /// - Throws: ``OptimError/invalidArgument(_:)`` for a width < 1, a label outside 0..<n_L, or an overflowing count.
    public func checkedParameterCount() throws -> Int {
        guard layerSizes.dropFirst().allSatisfy({ $0 >= 1 }) else {
            throw OptimError.invalidArgument("MLPClassifier needs positive layer sizes, got \(layerSizes)")
        }
        try data.checkLabels(classCount: layerSizes[layerSizes.count - 1], model: "MLPClassifier")
        return try parameterCount(parameterShapes, model: "MLPClassifier\(layerSizes)")
    }

    /// The number of layers L.
    public var layerCount: Int { layerSizes.count - 1 }

    /// [[n₁, n₀], [n₁], [n₂, n₁], [n₂], …].
    public var parameterShapes: [[Int]] {
        (1...layerCount).flatMap { [[layerSizes[$0], layerSizes[$0 - 1]], [layerSizes[$0]]] }
    }

    /// Wₗ ~ N(0, g²/nₗ₋₁), bₗ = 0.
    public func initialParameters(using rng: inout RandomGenerator) -> [Tensor] {
        let gain = activation == .relu ? 2.0 : 1.0
        return (1...layerCount).flatMap { l -> [Tensor] in
            let std = (gain / Double(layerSizes[l - 1])).squareRoot()
            return [Tensor(rng.normalMatrix(rows: layerSizes[l], cols: layerSizes[l - 1], standardDeviation: std)),
                    Tensor(repeating: 0, shape: [layerSizes[l]])]
        }
    }

    /// The pre-activations zₗ (B×nₗ) of every layer for a batch of inputs.
    func forward(_ parameters: [Tensor], _ x: Matrix) throws -> [Matrix] {
        var a = x
        var preActivations = [Matrix]()
        for l in 0..<layerCount {
            var z = try a.matmul(try Matrix(parameters[2 * l]).transposed)
            let bias = parameters[2 * l + 1].scalars
            z.scalars.withUnsafeMutableBufferPointer { z in
                for i in 0..<(z.count / bias.count) {
                    for j in 0..<bias.count { z[i * bias.count + j] += bias[j] }
                }
            }
            preActivations.append(z)
            a = l < layerCount - 1 ? activate(z) : z
        }
        return preActivations
    }

    /// φ(z), elementwise.
    func activate(_ z: Matrix) -> Matrix {
        switch activation {
        case .tanh: z.map { Foundation.tanh($0) }
        case .relu: z.map { Swift.max(0, $0) }
        }
    }

    /// φ′(z), elementwise.
    func derivative(_ z: Matrix) -> Matrix {
        switch activation {
        case .tanh: z.map { let t = Foundation.tanh($0); return 1 - t * t }
        case .relu: z.map { $0 > 0 ? 1 : 0 }
        }
    }

    /// The mini-batch loss, gradients, and each layer's K-FAC statistics (inputs aₗ₋₁ and per-sample
    /// pre-activation gradients |B|·δₗ).
    public func lossGradientsAndStatistics(
        _ parameters: [Tensor], batch: [Int]
    ) throws -> (loss: Double, gradients: [Tensor], statistics: [LayerStatistics]) {
        try backward(parameters, batch: batch, statistics: true)
    }

    /// Backpropagation over `batch`; the K-FAC statistics are collected only when asked for.
    private func backward(
        _ parameters: [Tensor], batch: [Int], statistics wanted: Bool
    ) throws -> (loss: Double, gradients: [Tensor], statistics: [LayerStatistics]) {
        try checkParameterShapes(parameters, parameterShapes, model: "MLPClassifier\(layerSizes)")
        let subset = data.subset(batch)
        let z = try forward(parameters, subset.features)
        let (loss, outputDelta) = SoftmaxCrossEntropy.evaluate(logits: z[layerCount - 1], labels: subset.labels)
        var delta = outputDelta
        var gradients = [Tensor](repeating: Tensor(repeating: 0, shape: [0]), count: 2 * layerCount)
        var statistics = [LayerStatistics]()
        for l in stride(from: layerCount - 1, through: 0, by: -1) {
            let input = l == 0 ? subset.features : activate(z[l - 1])
            gradients[2 * l] = Tensor(try delta.transposed.matmul(input))
            gradients[2 * l + 1] = Tensor(shape: [delta.cols], scalars: (0..<delta.cols).map { delta.column($0).sum })
            if wanted { statistics.append(LayerStatistics(inputs: input, outputGradients: Double(batch.count) * delta)) }
            if l > 0 {
                delta = try (try delta.matmul(try Matrix(parameters[2 * l]))).hadamard(derivative(z[l - 1]))
            }
        }
        return (loss, gradients, statistics.reversed())
    }

    /// The mini-batch loss and gradients [∇W₁, ∇b₁, …].
    public func lossAndGradients(_ parameters: [Tensor], batch: [Int]) throws -> (loss: Double, gradients: [Tensor]) {
        let result = try backward(parameters, batch: batch, statistics: false)
        return (result.loss, result.gradients)
    }

    /// The mini-batch loss from a forward pass only.
    public func loss(_ parameters: [Tensor], batch: [Int]) throws -> Double {
        try checkParameterShapes(parameters, parameterShapes, model: "MLPClassifier\(layerSizes)")
        let subset = data.subset(batch)
        return SoftmaxCrossEntropy.loss(logits: try forward(parameters, subset.features)[layerCount - 1], labels: subset.labels)
    }

    /// argmaxⱼ of the logits.
    public func predict(_ parameters: [Tensor], features: Matrix) throws -> [Int] {
        try checkParameterShapes(parameters, parameterShapes, model: "MLPClassifier\(layerSizes)")
        return SoftmaxCrossEntropy.argmax(try forward(parameters, features)[layerCount - 1])
    }
}
