/// ηₜ = η₀ for every step.
public struct ConstantSchedule: LearningRateSchedule {
    /// η₀.
    public var rate: Double

    /// A constant rate.
    public init(_ rate: Double) { self.rate = rate }

    /// η₀.
    public func learningRate(at step: Int) -> Double { rate }
}
