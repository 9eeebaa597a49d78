/// The record of training a classifier: per-step mini-batch losses, per-epoch accuracies, and flattened
/// parameter snapshots for loss-landscape plots.
///
/// `trainAccuracy[0]` and `testAccuracy[0]` are measured before the first step, entry e after epoch e.
/// `snapshots[0]` is the initial θ (``Tensor/flatten(_:)``), followed by one per snapshot interval.
/// Every field except `elapsed` is deterministic for a given seed; ``description`` leaves `elapsed` out.
public struct TrainingRun: Sendable, CustomStringConvertible {
    /// The mini-batch loss of every step, before that step's update.
    public var stepLosses: [Double]
    /// Training-set accuracy before training and after each epoch.
    public var trainAccuracy: [Double]
    /// Test-set accuracy before training and after each epoch.
    public var testAccuracy: [Double]
    /// Flattened parameters: the start, then after every snapshot interval.
    public var snapshots: [Vector]
    /// The parameters after the last step.
    public var finalParameters: [Tensor]
    /// Wall-clock time of the run — the only non-deterministic field.
    public var elapsed: Duration

    /// A summary without the elapsed time.
    public var description: String {
        "TrainingRun(steps: \(stepLosses.count), epochs: \(trainAccuracy.count - 1), "
            + "final train accuracy: \(trainAccuracy.last ?? 0), final test accuracy: \(testAccuracy.last ?? 0))"
    }
}
