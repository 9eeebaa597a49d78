/// A stochastic objective that predicts class labels, so that accuracy can be measured on any data set
/// with the same features.
public protocol Classifier: StochasticObjective {
    /// The predicted class of each row of `features`.
    func predict(_ parameters: [Tensor], features: Matrix) throws -> [Int]

    /// The number of scalars in the parameters, after checking that the model can be built on its data
    /// (every label below the class count, positive layer sizes, a count that fits in an `Int`), so that a
    /// caller can price the parameters before ``StochasticObjective/initialParameters(using:)`` allocates them.
    ///
    /// - Throws: ``OptimError/invalidArgument(_:)`` naming what is wrong.
    func checkedParameterCount() throws -> Int
}

/// Σ rows·cols over `shapes`, each a matrix shape [rows, cols] or a vector shape [count].
///
/// - Throws: ``OptimError/invalidArgument(_:)`` naming `model` for a size or a sum that overflows `Int`.
func parameterCount(_ shapes: [[Int]], model: String) throws -> Int {
    var total = 0
    for shape in shapes {
        let (sum, overflow) = total.addingReportingOverflow(try Matrix.scalarCount(rows: shape[0], cols: shape.count > 1 ? shape[1] : 1))
        guard !overflow else { throw OptimError.invalidArgument("\(model) has more than \(Int.max) parameters") }
        total = sum
    }
    return total
}

extension Classifier {
    /// The fraction of samples of `dataset` whose predicted class equals the label.
    public func accuracy(_ parameters: [Tensor], on dataset: Dataset) throws -> Double {
        let predictions = try predict(parameters, features: dataset.features)
        let correct = zip(predictions, dataset.labels).filter { $0 == $1 }.count
        return dataset.count == 0 ? 0 : Double(correct) / Double(dataset.count)
    }
}
