/// A learning-rate schedule: the rate ηₜ to use for step t = 0, 1, 2, …, assigned to any optimizer's
/// `lr` before that step by the driver.
public protocol LearningRateSchedule: Sendable {
    /// ηₜ for the step with zero-based index `step`.
    func learningRate(at step: Int) -> Double
}
