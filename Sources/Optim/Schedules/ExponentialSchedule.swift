import Foundation

/// ηₜ = η₀ γᵗ (torch's `ExponentialLR`).
public struct ExponentialSchedule: LearningRateSchedule {
    /// η₀.
    public var initial: Double
    /// γ, the factor per step.
    public var decay: Double

    /// η₀ γᵗ.
    public init(initial: Double, decay: Double) {
        self.initial = initial
        self.decay = decay
    }

    /// η₀ γᵗ.
    public func learningRate(at step: Int) -> Double { initial * Foundation.pow(decay, Double(step)) }
}
