/// Replays paths step by step, like the GIFs in the seed notes, with a
/// play/pause toggle. Pure CSS: keyframes driven by the step index, paused
/// through a checkbox (`:has(:checked)`), disabled for print and for
/// readers who prefer reduced motion (who see the finished paths).
public struct Animation: Sendable, Hashable {
    /// Seconds for the longest path to be drawn from first to last step.
    public var duration: Double
    /// Seconds the finished paths stay on screen before the replay restarts.
    public var hold: Double

    /// Creates an animation.
    public init(duration: Double = 6, hold: Double = 2) {
        self.duration = max(duration, 0.1)
        self.hold = max(hold, 0)
    }
}
