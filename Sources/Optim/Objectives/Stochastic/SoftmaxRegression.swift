/// Multinomial logistic (softmax) regression with parameters [W ∈ ℝᵏˣᵈ, b ∈ ℝᵏ]:
///
///   zᵢ = Wxᵢ + b,   L = (1/|B|) Σ [log Σⱼ e^{zᵢⱼ} − z_{i,yᵢ}],
///   ∇_W L = Δᵀ X_B,  ∇_b L = Σᵢ Δᵢ,  with Δᵢⱼ = (softmax(zᵢ)ⱼ − [j = yᵢ]) / |B|.
///
/// Initialisation: W ~ N(0, 0.01²), b = 0.
public struct SoftmaxRegression: Classifier, Sendable {
    /// The data; labels 0 … k−1.
    public let data: Dataset
    /// k.
    public let classCount: Int

    /// Softmax regression with k classes (by default 1 + the largest label).
    public init(data: Dataset, classCount: Int? = nil) {
        self.data = data
        self.classCount = classCount ?? data.classCount
    }

    private var shapes: [[Int]] { [[classCount, data.featureCount], [classCount]] }

    /// k·(d + 1), after checking that every label is below k.
    ///
    /// - Throws: ``OptimError/invalidArgument(_:)`` for k < 1, a label outside 0..<k, or an overflowing count.
    public func checkedParameterCount() throws -> Int {
        try data.checkLabels(classCount: classCount, model: "SoftmaxRegression")
        return try parameterCount(shapes, model: "SoftmaxRegression")
    }

    /// W ~ N(0, 0.01²), b = 0.
    public func initialParameters(using rng: inout RandomGenerator) -> [Tensor] {
        [Tensor(rng.normalMatrix(rows: classCount, cols: data.featureCount, standardDeviation: 0.01)),
         Tensor(repeating: 0, shape: [classCount])]
    }

    private func logits(_ parameters: [Tensor], _ x: Matrix) throws -> Matrix {
        let w = try Matrix(parameters[0])
        var z = try x.matmul(w.transposed)
        for i in 0..<z.rows {
            for j in 0..<z.cols { z[i, j] += parameters[1].scalars[j] }
        }
        return z
    }

    /// The mini-batch cross-entropy and its gradients [∇_W, ∇_b].
    public func lossAndGradients(_ parameters: [Tensor], batch: [Int]) throws -> (loss: Double, gradients: [Tensor]) {
        try checkParameterShapes(parameters, shapes, model: "SoftmaxRegression")
        let subset = data.subset(batch)
        let (loss, delta) = SoftmaxCrossEntropy.evaluate(logits: try logits(parameters, subset.features), labels: subset.labels)
        let gw = try delta.transposed.matmul(subset.features)
        let gb = (0..<classCount).map { j in delta.column(j).sum }
        return (loss, [Tensor(gw), Tensor(shape: [classCount], scalars: gb)])
    }

    /// The mini-batch cross-entropy from a forward pass only.
    public func loss(_ parameters: [Tensor], batch: [Int]) throws -> Double {
        try checkParameterShapes(parameters, shapes, model: "SoftmaxRegression")
        let subset = data.subset(batch)
        return SoftmaxCrossEntropy.loss(logits: try logits(parameters, subset.features), labels: subset.labels)
    }

    /// argmaxⱼ zᵢⱼ.
    public func predict(_ parameters: [Tensor], features: Matrix) throws -> [Int] {
        try checkParameterShapes(parameters, [[classCount, features.cols], [classCount]], model: "SoftmaxRegression")
        return SoftmaxCrossEntropy.argmax(try logits(parameters, features))
    }
}
