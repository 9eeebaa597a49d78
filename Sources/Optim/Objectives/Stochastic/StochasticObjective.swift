/// A loss that is an average over the samples of a data set, L(θ) = (1/|B|) Σ_{i∈B} ℓ(θ; xᵢ, yᵢ), evaluated
/// on mini-batches B. Parameters are a list of tensors (matrices and vectors), as in torch.
public protocol StochasticObjective {
    /// The training data.
    var data: Dataset { get }

    /// Fresh parameters drawn from `rng` (the model's documented initialisation).
    func initialParameters(using rng: inout RandomGenerator) -> [Tensor]

    /// The mean loss over `batch` (indices into `data`) and its gradient with respect to each parameter.
    ///
    /// - Throws: ``OptimError/shapeMismatch(_:)`` if the parameters do not fit the model.
    func lossAndGradients(_ parameters: [Tensor], batch: [Int]) throws -> (loss: Double, gradients: [Tensor])

    /// The mean loss over `batch` alone; models with a cheaper forward pass than `lossAndGradients`
    /// implement it (loss landscapes evaluate thousands of losses and no gradient).
    ///
    /// - Throws: ``OptimError/shapeMismatch(_:)`` if the parameters do not fit the model.
    func loss(_ parameters: [Tensor], batch: [Int]) throws -> Double
}

extension StochasticObjective {
    /// The loss from `lossAndGradients`, for models without a separate forward pass.
    public func loss(_ parameters: [Tensor], batch: [Int]) throws -> Double {
        try lossAndGradients(parameters, batch: batch).loss
    }

    /// The mean loss over the whole data set.
    public func fullLoss(_ parameters: [Tensor]) throws -> Double {
        try loss(parameters, batch: Array(0..<data.count))
    }
}

/// Throws ``OptimError/shapeMismatch(_:)`` naming both shape lists unless `parameters` have `expected` shapes.
func checkParameterShapes(_ parameters: [Tensor], _ expected: [[Int]], model: String) throws {
    guard parameters.map(\.shape) == expected else {
        throw OptimError.shapeMismatch("\(model) expects parameters of shapes \(expected), got \(parameters.map(\.shape))")
    }
}
