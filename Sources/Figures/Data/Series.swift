/// A labelled sequence of values against a step (or any x), for line plots
/// and bar charts.
public struct Series: Sendable {
    /// Legend label; series with equal labels share a colour across panels.
    public var label: String
    /// The values; non-finite ones (and non-positive ones on a log axis)
    /// break the line instead of breaking the picture.
    public var values: [Double]
    /// x positions of `values`; `nil` means 0, 1, 2, ….
    public var steps: [Double]?
    /// Optional min–max band drawn shaded behind the line.
    public var band: (lower: [Double], upper: [Double])?
    /// Whether to mark individual points; `nil` marks sparse series (≤ 30 points).
    public var markers: Bool?

    /// Creates a series.
    public init(_ label: String, values: [Double], steps: [Double]? = nil,
                band: (lower: [Double], upper: [Double])? = nil, markers: Bool? = nil) {
        self.label = label
        self.values = values
        self.steps = steps
        self.band = band
        self.markers = markers
    }

    /// The x position of value `index`.
    func step(_ index: Int) -> Double {
        if let steps, index < steps.count { return steps[index] }
        return Double(index)
    }
}
