/// A stochastic objective that predicts class labels, so that accuracy can be measured on any data set
/// with the same features.
public protocol Classifier: StochasticObjective {
    /// The predicted class of each row of `features`.
    func predict(_ parameters: [Tensor], features: Matrix) throws -> [Int]
}

extension Classifier {
    /// The fraction of samples of `dataset` whose predicted class equals the label.
    public func accuracy(_ parameters: [Tensor], on dataset: Dataset) throws -> Double {
        let predictions = try predict(parameters, features: dataset.features)
        let correct = zip(predictions, dataset.labels).filter { $0 == $1 }.count
        return dataset.count == 0 ? 0 : Double(correct) / Double(dataset.count)
    }
}
