/// How an axis maps values: evenly, or by orders of magnitude.
public enum AxisScale: Sendable, Hashable {
    /// Equal distances for equal differences.
    case linear
    /// Equal distances for equal ratios (decade ticks); values ≤ 0 are skipped.
    case log
}
