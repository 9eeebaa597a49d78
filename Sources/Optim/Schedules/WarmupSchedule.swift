/// Linear warm-up in front of any schedule: ηₜ = base(t) · min(1, (t + 1)/W).
///
/// ```swift
/// let schedule = WarmupSchedule(steps: 100, then: CosineSchedule(initial: 1e-3, totalSteps: 1000))
/// ```
public struct WarmupSchedule: LearningRateSchedule {
    /// W, the number of warm-up steps.
    public var steps: Int
    /// The schedule that is scaled during warm-up and followed after it.
    public var base: any LearningRateSchedule

    /// Ramps `base` up linearly over the first `steps` steps.
    public init(steps: Int, then base: any LearningRateSchedule) {
        precondition(steps > 0, "WarmupSchedule needs steps > 0, got \(steps)")
        self.steps = steps
        self.base = base
    }

    /// base(t) · min(1, (t + 1)/W).
    public func learningRate(at step: Int) -> Double {
        base.learningRate(at: step) * Swift.min(1, Double(step + 1) / Double(steps))
    }
}
