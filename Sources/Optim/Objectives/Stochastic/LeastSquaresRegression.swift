/// Linear least squares on a data set, with θ = (w, b) ∈ ℝᵈ⁺¹ (bias last) as one parameter tensor:
///
///   L(θ) = (1/2|B|) Σ_{i∈B} (xᵢᵀw + b − yᵢ)²,   ∇L = (1/|B|) Σ rᵢ (xᵢ, 1),
///
/// and, over the full data set, a deterministic ``LeastSquaresObjective`` with residuals rᵢ/√n, Jacobian
/// X̄/√n (X̄ = [X 1]) and constant Hessian X̄ᵀX̄/n — so Newton and Gauss–Newton solve it in one step.
public struct LeastSquaresRegression: StochasticObjective, LeastSquaresObjective, Sendable {
    /// The data; targets are the real responses yᵢ.
    public let data: Dataset

    /// Least squares on `data`.
    public init(data: Dataset) {
        self.data = data
    }

    /// d + 1.
    public var dimension: Int { data.featureCount + 1 }

    /// θ = 0.
    public func initialParameters(using rng: inout RandomGenerator) -> [Tensor] {
        [Tensor(repeating: 0, shape: [dimension])]
    }

    /// xᵢᵀw + b − yᵢ for each i in `batch`.
    private func rawResiduals(_ theta: Vector, _ batch: [Int]) -> Vector {
        let d = data.featureCount
        return Vector(batch.map { i in
            var s = theta[d] - data.targets[i]
            for j in 0..<d { s += data.features.scalars[i * d + j] * theta[j] }
            return s
        })
    }

    /// The mini-batch loss and gradient.
    public func lossAndGradients(_ parameters: [Tensor], batch: [Int]) throws -> (loss: Double, gradients: [Tensor]) {
        try checkParameterShapes(parameters, [[dimension]], model: "LeastSquaresRegression")
        let r = rawResiduals(Vector(parameters[0].scalars), batch)
        let d = data.featureCount
        var g = Vector.zeros(dimension)
        for (k, i) in batch.enumerated() {
            for j in 0..<d { g[j] += r[k] * data.features.scalars[i * d + j] }
            g[d] += r[k]
        }
        let n = Double(batch.count)
        return (0.5 * r.squaredNorm / n, [Tensor(g / n)])
    }

    /// (xᵢᵀw + b − yᵢ)/√n over all samples.
    public func residuals(at x: Vector) throws -> Vector {
        try checkDimension(of: x)
        return rawResiduals(x, Array(0..<data.count)) / Double(data.count).squareRoot()
    }

    /// X̄/√n.
    public func jacobian(at x: Vector) throws -> Matrix {
        try checkDimension(of: x)
        var j = Matrix.zeros(data.count, dimension)
        let scale = 1 / Double(data.count).squareRoot()
        for i in 0..<data.count {
            for c in 0..<data.featureCount { j[i, c] = data.features[i, c] * scale }
            j[i, data.featureCount] = scale
        }
        return j
    }

    /// ½‖r‖².
    public func value(at x: Vector) throws -> Double { 0.5 * (try residuals(at: x)).squaredNorm }

    /// Jᵀr.
    public func gradient(at x: Vector) throws -> Vector { try jacobian(at: x).transposed * residuals(at: x) }

    /// JᵀJ = X̄ᵀX̄/n.
    public func hessian(at x: Vector) throws -> Matrix {
        let j = try jacobian(at: x)
        return j.transposed * j
    }
}
