/// A supervised data set: n samples as the rows of a feature matrix, each with a target — a class label
/// (0, 1, …) for classifiers, a real number for regression.
public struct Dataset: Sendable, Hashable {
    /// X ∈ ℝⁿˣᵈ, one sample per row.
    public let features: Matrix
    /// y ∈ ℝⁿ.
    public let targets: Vector

    /// A data set from features and real targets.
    ///
    /// - Throws: ``OptimError/shapeMismatch(_:)`` unless there is one target per row, and
    ///   ``OptimError/invalidArgument(_:)`` for a target that is NaN or infinite.
    public init(features: Matrix, targets: Vector) throws {
        guard features.rows == targets.count else {
            throw OptimError.shapeMismatch(
                "data set with features \(features.shapeDescription) and targets \(targets.shapeDescription)")
        }
        if let i = targets.scalars.firstIndex(where: { !$0.isFinite }) {
            throw OptimError.invalidArgument("data set targets must be finite, target \(i) is \(targets[i])")
        }
        self.features = features
        self.targets = targets
    }

    /// A classification data set from features and labels 0, 1, ….
    ///
    /// - Throws: ``OptimError/shapeMismatch(_:)``, or ``OptimError/invalidArgument(_:)`` for a label outside
    ///   0 ..< ``labelLimit``.
    public init(features: Matrix, labels: [Int]) throws {
        if let label = labels.first(where: { !(0..<Dataset.labelLimit).contains($0) }) {
            throw OptimError.invalidArgument("class labels must lie in 0..<\(Dataset.labelLimit) (2⁵³), got \(label)")
        }
        try self.init(features: features, targets: Vector(labels.map(Double.init)))
    }

    /// n, the number of samples.
    public var count: Int { features.rows }

    /// d, the number of features.
    public var featureCount: Int { features.cols }

    /// Class labels lie below 2⁵³: every one of them is a target exactly, and 1 + the largest cannot overflow.
    public static let labelLimit = 1 << 53

    /// The targets as class labels, truncated toward zero; −1 for a target that is no label (negative, or
    /// ``labelLimit`` and above, as a regression target may be).
    public var labels: [Int] { targets.scalars.map { $0 >= 0 && $0 < Double(Dataset.labelLimit) ? Int($0) : -1 } }

    /// The number of classes, 1 + the largest label.
    public var classCount: Int { (labels.max() ?? -1) + 1 }

    /// Checks that every target is a class label below `classCount`, as a classifier needs.
    ///
    /// - Throws: ``OptimError/invalidArgument(_:)`` naming `model` and the first sample that is not.
    public func checkLabels(classCount: Int, model: String) throws {
        guard classCount >= 1 else { throw OptimError.invalidArgument("\(model) needs classCount ≥ 1, got \(classCount)") }
        let isLabel = { (t: Double) in t >= 0 && t < Double(classCount) && t.rounded(.towardZero) == t }
        if let i = targets.scalars.firstIndex(where: { !isLabel($0) }) {
            throw OptimError.invalidArgument("\(model) with \(classCount) classes needs labels 0..<\(classCount), sample \(i) has \(targets[i])")
        }
    }

    /// The samples at `indices`, in that order.
    public func subset(_ indices: [Int]) -> Dataset {
        var rows = [Double]()
        rows.reserveCapacity(indices.count * featureCount)
        for i in indices { rows.append(contentsOf: features.scalars[(i * featureCount)..<((i + 1) * featureCount)]) }
        let sub = Matrix(rows: indices.count, cols: featureCount, scalars: rows)
        return Dataset(checked: sub, Vector(indices.map { targets[$0] }))
    }

    private init(checked features: Matrix, _ targets: Vector) {
        self.features = features
        self.targets = targets
    }

    /// A deterministic random split: a permutation from ``RandomGenerator`` seeded with `seed`; the first
    /// ⌊n·testFraction⌉ samples form the test set, the rest (in permuted order) the training set.
    public func split(testFraction: Double, seed: UInt64) -> (train: Dataset, test: Dataset) {
        precondition(testFraction >= 0 && testFraction <= 1, "split: testFraction must be in [0, 1], got \(testFraction)")
        var rng = RandomGenerator(seed: seed)
        let order = rng.permutation(count)
        let testCount = Int((Double(count) * testFraction).rounded())
        return (subset(Array(order[testCount...])), subset(Array(order[..<testCount])))
    }
}
