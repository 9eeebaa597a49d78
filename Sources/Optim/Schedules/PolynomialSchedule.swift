import Foundation

/// ηₜ = η₀ (1 + λt)^(−α): the Robbins–Monro-style decay (α = 1 gives η₀/(1 + λt); α ∈ (½, 1] keeps
/// Σηₜ = ∞ and Σηₜ² < ∞).
public struct PolynomialSchedule: LearningRateSchedule {
    /// η₀.
    public var initial: Double
    /// λ, the time scale.
    public var rate: Double
    /// α, the exponent.
    public var power: Double

    /// η₀ (1 + λt)^(−α).
    public init(initial: Double, rate: Double, power: Double = 1) {
        self.initial = initial
        self.rate = rate
        self.power = power
    }

    /// η₀ (1 + λt)^(−α).
    public func learningRate(at step: Int) -> Double {
        initial * Foundation.pow(1 + rate * Double(step), -power)
    }
}
