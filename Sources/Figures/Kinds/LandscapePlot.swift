/// A loss-landscape plane: a run's parameter snapshots projected onto
/// their top two principal directions (through the final parameters), the
/// loss evaluated over that plane drawn as contours, and the projected
/// path on top. Axis titles give each direction's share of the variance.
public struct LandscapePlot: Sendable {
    /// The underlying contour map over plane coordinates.
    public private(set) var contour: ContourPlot
    /// Fractions of the trajectory's variance along the two directions.
    public let explainedVariance: (first: Double, second: Double)

    /// Fits the plane to `snapshots` (each the full parameter vector, in
    /// order) and evaluates `loss` on a `resolution²` grid covering the
    /// projected path with `margin` (a fraction of its extent) to spare.
    public init(snapshots: [[Double]], label: String = "trajectory", loss: ([Double]) -> Double,
                resolution: Int = 41, margin: Double = 0.25, levels: ContourLevels = .automatic,
                style: ContourStyle = .filledWithLines, animation: Animation? = nil) {
        let plane = PrincipalPlane(snapshots: snapshots)
        let projected = snapshots.map { plane.project($0) }
        let xs = projected.map(\.x).filter(\.isFinite)
        let ys = projected.map(\.y).filter(\.isFinite)
        func box(_ values: [Double]) -> ClosedRange<Double> {
            let lo = values.min() ?? -1
            let hi = values.max() ?? 1
            let span = hi - lo > 0 ? hi - lo : max(abs(hi), 1)
            return (lo - margin * span)...(hi + margin * span)
        }
        let grid = ScalarGrid(x: box(xs), y: box(ys), columns: resolution, rows: resolution) { a, b in
            loss(plane.parameters(a, b))
        }
        explainedVariance = (plane.explained.0, plane.explained.1)
        contour = ContourPlot(grid: grid, paths: [PointSeries(label, points: projected)], levels: levels,
                          style: style, animation: animation,
                          xLabel: "PC1 (\(NumberFormat.fixed(100 * plane.explained.0, decimals: 1)) %)",
                          yLabel: "PC2 (\(NumberFormat.fixed(100 * plane.explained.1, decimals: 1)) %)",
                          minimum: nil, equalAspect: false)
    }
}

extension LandscapePlot: PanelContent {
    var xAxis: AxisSpec { contour.xAxis }
    var yAxis: AxisSpec { contour.yAxis }
    var xDomain: ClosedRange<Double> { contour.xDomain }
    var yDomain: ClosedRange<Double> { contour.yDomain }
    var legend: [LegendEntry] { contour.legend }
    var animation: Animation? { contour.animation }
    var summary: String { "Loss landscape on the plane of the trajectory's top two principal directions. " + contour.summary }

    var keyWidth: Double { contour.keyWidth }

    func draw(in context: inout PanelContext) {
        contour.draw(in: &context)
    }

    func drawOutside(in context: inout PanelContext) {
        contour.drawOutside(in: &context)
    }
}
