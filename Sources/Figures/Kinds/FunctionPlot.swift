/// A 1-D function with an optimizer's iterates marked on it (e.g.
/// x·cos(cx) with the gradient-descent steps): the curve in ink, each run's
/// iterates as dots on the curve joined in order, start hollow, end filled.
public struct FunctionPlot: Sendable {
    /// The iterates of each run, as points on the curve.
    public var iterates: [PointSeries]
    /// Title of the horizontal axis.
    public var xLabel: String?
    /// Title of the vertical axis.
    public var yLabel: String?
    /// The sampled curve.
    let curve: [Point]
    /// The sampled x interval.
    let x: ClosedRange<Double>

    /// Samples `function` at `samples` points over `x` and places each run's
    /// iterates `xs` on the curve.
    public init(_ function: (Double) -> Double, x: ClosedRange<Double>,
                iterates: [(label: String, xs: [Double])] = [], samples: Int = 400,
                xLabel: String? = "x", yLabel: String? = "f(x)") {
        let count = max(samples, 2)
        let step = (x.upperBound - x.lowerBound) / Double(count - 1)
        curve = (0..<count).map { index in
            let xi = x.lowerBound + Double(index) * step
            return Point(x: xi, y: function(xi))
        }
        self.x = x
        self.iterates = iterates.map { run in
            PointSeries(run.label, points: run.xs.map { ($0, function($0)) })
        }
        self.xLabel = xLabel
        self.yLabel = yLabel
    }
}

extension FunctionPlot: PanelContent {
    var xAxis: AxisSpec { AxisSpec(label: xLabel, scale: .linear) }
    var yAxis: AxisSpec { AxisSpec(label: yLabel, scale: .linear) }
    var xDomain: ClosedRange<Double> { x }
    var yDomain: ClosedRange<Double> { DataDomain.extent(curve.map(\.y), scale: .linear, padding: 0.06) }
    var animation: Animation? { nil }
    var legend: [LegendEntry] { iterates.map { LegendEntry(label: $0.label, swatch: .line(marker: true)) } }

    var summary: String {
        var text = "Function over x from \(NumberFormat.compact(x.lowerBound)) to \(NumberFormat.compact(x.upperBound))."
        for run in iterates {
            text += " \(run.label): \(run.points.count) iterates"
            if let last = run.points.last(where: { $0.x.isFinite }) {
                text += ", the last at x = \(NumberFormat.compact(last.x))"
            }
            text += "."
        }
        return text
    }

    func draw(in context: inout PanelContext) {
        let visible = context.plot.expanded(by: 2)
        let mapped = curve.map { context.map($0.x, $0.y) }
        context.svg.raw("<path class=\"cv\" d=\"")
        PathData.polylines(Clipping.polyline(mapped, to: visible).map {
            Simplification.simplify($0, tolerance: TrajectoryLayer.tolerance / 2)
        }, closed: false, into: &context.svg)
        context.svg.raw("\"/>")
        FunctionPlot.drawIterates(iterates, in: &context)
    }

    /// Draws each run's iterates on the curve: a faint line joining them, a hollow start, dots and a filled end.
    static func drawIterates(_ iterates: [PointSeries], in context: inout PanelContext) {
        let visible = context.plot.expanded(by: 2)
        for run in iterates {
            let points = run.points.map { context.map($0.x, $0.y) }
            context.svg.raw("<g")
            context.svg.attr("class", context.colors.className(run.label))
            context.svg.raw("><path class=\"ln\" stroke-width=\"1\" stroke-opacity=\".55\" d=\"")
            PathData.polylines(Clipping.polyline(points, to: visible), closed: false, into: &context.svg)
            context.svg.raw("\"/>")
            let drawable = points.filter { $0.isFinite && visible.contains($0) }
            for (index, point) in drawable.enumerated() {
                let className = index == 0 ? "st" : index == drawable.count - 1 ? "en" : "mk"
                context.svg.raw("<circle class=\"\(className)\"")
                context.svg.attr("cx", point.x)
                context.svg.attr("cy", point.y)
                context.svg.raw(className == "mk" ? " r=\"2.6\"/>" : " r=\"3.8\"/>")
            }
            context.svg.raw("</g>")
        }
    }
}
