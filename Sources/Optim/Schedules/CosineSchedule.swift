import Foundation

/// ηₜ = η_min + ½(η₀ − η_min)(1 + cos(π t / T)) for t ≤ T, then η_min (torch's `CosineAnnealingLR`
/// without restarts).
public struct CosineSchedule: LearningRateSchedule {
    /// η₀.
    public var initial: Double
    /// T, the number of steps over which the rate anneals.
    public var totalSteps: Int
    /// η_min.
    public var minimum: Double

    /// Cosine annealing from η₀ to η_min over T steps.
    public init(initial: Double, totalSteps: Int, minimum: Double = 0) {
        precondition(totalSteps > 0, "CosineSchedule needs totalSteps > 0, got \(totalSteps)")
        self.initial = initial
        self.totalSteps = totalSteps
        self.minimum = minimum
    }

    /// η_min + ½(η₀ − η_min)(1 + cos(π min(t, T) / T)).
    public func learningRate(at step: Int) -> Double {
        let t = Double(Swift.min(step, totalSteps)) / Double(totalSteps)
        return minimum + 0.5 * (initial - minimum) * (1 + Foundation.cos(Double.pi * t))
    }
}
