import Foundation

/// Binary logistic regression with labels yᵢ ∈ {0, 1} and θ = (w, b) ∈ ℝᵈ⁺¹ (bias last):
///
///   pᵢ = σ(zᵢ), zᵢ = xᵢᵀw + b,   L(θ) = (1/|B|) Σ [log(1 + e^{zᵢ}) − yᵢzᵢ] + (λ/2)‖θ‖²,
///   ∇L = (1/|B|) Σ (pᵢ − yᵢ)(xᵢ, 1) + λθ,   ∇²L = X̄ᵀ diag(pᵢ(1 − pᵢ)) X̄ / n + λI.
///
/// Over the full data set it is a ``FisherObjective``: for this canonical-link model the Fisher matrix of
/// the likelihood equals its Hessian, F = X̄ᵀ diag(pᵢ(1 − pᵢ)) X̄ / n.
public struct LogisticRegression: Classifier, FisherObjective, Sendable {
    /// The data; labels 0 or 1.
    public let data: Dataset
    /// λ, the L2 penalty (keeps the minimiser finite on separable data).
    public var l2: Double

    /// Logistic regression on `data`.
    ///
    /// - Throws: ``OptimError/invalidArgument(_:)`` if a label is not 0 or 1.
    public init(data: Dataset, l2: Double = 0) throws {
        try data.checkLabels(classCount: 2, model: "LogisticRegression")
        self.data = data
        self.l2 = l2
    }

    /// d + 1.
    public var dimension: Int { data.featureCount + 1 }

    /// d + 1 (the labels are checked when the model is made).
    public func checkedParameterCount() throws -> Int { dimension }

    /// θ = 0.
    public func initialParameters(using rng: inout RandomGenerator) -> [Tensor] {
        [Tensor(repeating: 0, shape: [dimension])]
    }

    private func logit(_ theta: Vector, _ features: Matrix, _ i: Int) -> Double {
        let d = features.cols
        var z = theta[d]
        for j in 0..<d { z += features.scalars[i * d + j] * theta[j] }
        return z
    }

    private func lossAndGradient(_ theta: Vector, _ batch: [Int]) -> (Double, Vector) {
        let d = data.featureCount
        var loss = 0.0
        var g = Vector.zeros(dimension)
        for i in batch {
            let z = logit(theta, data.features, i)
            let y = data.targets[i]
            loss += Swift.max(z, 0) + Foundation.log1p(Foundation.exp(-Swift.abs(z))) - y * z
            let residual = 1 / (1 + Foundation.exp(-z)) - y
            for j in 0..<d { g[j] += residual * data.features.scalars[i * d + j] }
            g[d] += residual
        }
        let n = Double(batch.count)
        return (loss / n + 0.5 * l2 * theta.squaredNorm, g / n + l2 * theta)
    }

    /// The mini-batch loss and gradient.
    public func lossAndGradients(_ parameters: [Tensor], batch: [Int]) throws -> (loss: Double, gradients: [Tensor]) {
        try checkParameterShapes(parameters, [[dimension]], model: "LogisticRegression")
        let (loss, g) = lossAndGradient(Vector(parameters[0].scalars), batch)
        return (loss, [Tensor(g)])
    }

    /// Class 1 where zᵢ > 0.
    public func predict(_ parameters: [Tensor], features: Matrix) throws -> [Int] {
        try checkParameterShapes(parameters, [[features.cols + 1]], model: "LogisticRegression")
        let theta = Vector(parameters[0].scalars)
        return (0..<features.rows).map { logit(theta, features, $0) > 0 ? 1 : 0 }
    }

    /// The full-data loss.
    public func value(at x: Vector) throws -> Double {
        try checkDimension(of: x)
        return lossAndGradient(x, Array(0..<data.count)).0
    }

    /// The full-data gradient.
    public func gradient(at x: Vector) throws -> Vector {
        try checkDimension(of: x)
        return lossAndGradient(x, Array(0..<data.count)).1
    }

    /// X̄ᵀ diag(p(1 − p)) X̄ / n + λI.
    public func hessian(at x: Vector) throws -> Matrix {
        try fisher(at: x) + l2 * Matrix.identity(dimension)
    }

    /// F = X̄ᵀ diag(p(1 − p)) X̄ / n.
    public func fisher(at x: Vector) throws -> Matrix {
        try checkDimension(of: x)
        var f = Matrix.zeros(dimension, dimension)
        for i in 0..<data.count {
            let p = 1 / (1 + Foundation.exp(-logit(x, data.features, i)))
            let row = data.features.row(i).concatenated(with: [1])
            f += (p * (1 - p) / Double(data.count)) * Matrix.outer(row, row)
        }
        return f
    }
}
