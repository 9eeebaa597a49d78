/// A labelled sequence of 2-D points: an optimizer's path over a contour
/// map or loss landscape, or one group of a scatter plot.
public struct PointSeries: Sendable {
    /// Legend label; series with equal labels share a colour across panels.
    public var label: String
    /// The points, in order. Non-finite points (a diverged run) are skipped.
    public var points: [(x: Double, y: Double)]

    /// Creates a series from `(x, y)` points.
    public init(_ label: String, points: [(x: Double, y: Double)]) {
        self.label = label
        self.points = points
    }

    /// Creates a series from `[x, y]` pairs (e.g. an optimizer's parameter
    /// history); rows with fewer than two entries become non-finite points.
    public init(_ label: String, coordinates: [[Double]]) {
        self.label = label
        self.points = coordinates.map { $0.count >= 2 ? ($0[0], $0[1]) : (.nan, .nan) }
    }
}
