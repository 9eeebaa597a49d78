/// Which values a contour map draws iso-lines (and band edges) at.
public enum ContourLevels: Sendable, Hashable {
    /// Log-spaced levels when the sampled values span several decades
    /// (non-negative values whose maximum exceeds 20 times their 10th
    /// percentile, as for Rosenbrock), otherwise about ten evenly spaced ones.
    case automatic
    /// About `count` evenly spaced 1-2-5 levels between the minimum and maximum.
    case linear(count: Int)
    /// Log-spaced levels (finer per decade the fewer decades there are)
    /// above the minimum.
    case log
    /// Exactly these levels.
    case values([Double])
}
