/// ηₜ = vₖ where k is the number of boundaries ≤ t: `values[0]` before `boundaries[0]`, `values[1]`
/// from there until `boundaries[1]`, and so on (torch's `MultiStepLR` with explicit values).
public struct PiecewiseConstantSchedule: LearningRateSchedule {
    /// Increasing step indices at which the rate changes.
    public let boundaries: [Int]
    /// One more value than boundaries.
    public let values: [Double]

    /// - Throws: ``OptimError/invalidArgument(_:)`` unless `values.count == boundaries.count + 1` and
    ///   the boundaries increase.
    public init(boundaries: [Int], values: [Double]) throws {
        guard values.count == boundaries.count + 1 else {
            throw OptimError.invalidArgument(
                "piecewise schedule needs \(boundaries.count + 1) values for \(boundaries.count) boundaries, got \(values.count)")
        }
        guard zip(boundaries, boundaries.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw OptimError.invalidArgument("piecewise schedule boundaries must increase, got \(boundaries)")
        }
        self.boundaries = boundaries
        self.values = values
    }

    /// v_k, k = #{boundaries ≤ t}.
    public func learningRate(at step: Int) -> Double {
        values[boundaries.filter { $0 <= step }.count]
    }
}
