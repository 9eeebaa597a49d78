/// Series against step (loss curves of several runs, say): linear or log
/// axes, a legend, markers on sparse series, shaded min–max bands.
public struct LinePlot: Sendable {
    /// The series, one colour each.
    public var series: [Series]
    /// The horizontal axis' scale.
    public var xScale: AxisScale
    /// The vertical axis' scale.
    public var yScale: AxisScale
    /// Title of the horizontal axis.
    public var xLabel: String?
    /// Title of the vertical axis.
    public var yLabel: String?

    /// Creates a line plot.
    public init(_ series: [Series], y: AxisScale = .linear, x: AxisScale = .linear,
                xLabel: String? = "step", yLabel: String? = nil) {
        self.series = series
        self.xScale = x
        self.yScale = y
        self.xLabel = xLabel
        self.yLabel = yLabel
    }

    /// Series with at most this many points get markers by default.
    static let sparseLimit = 30
}

extension LinePlot: PanelContent {
    var xAxis: AxisSpec { AxisSpec(label: xLabel, scale: xScale) }
    var yAxis: AxisSpec { AxisSpec(label: yLabel, scale: yScale) }
    var animation: Animation? { nil }

    var xDomain: ClosedRange<Double> {
        DataDomain.extent(series.flatMap { run in run.values.indices.map { run.step($0) } },
                          scale: xScale, padding: 0.02)
    }

    var yDomain: ClosedRange<Double> {
        var values: [Double] = []
        for run in series {
            values += run.values
            if let band = run.band { values += band.lower + band.upper }
        }
        return DataDomain.extent(values, scale: yScale)
    }

    var legend: [LegendEntry] {
        series.map { LegendEntry(label: $0.label, swatch: .line(marker: isMarked($0))) }
    }

    var summary: String {
        let parts = series.map { run -> String in
            let finite = run.values.filter(\.isFinite)
            var text = "\(run.label): \(run.values.count) values"
            if let last = finite.last { text += ", last \(NumberFormat.compact(last))" }
            if let best = finite.min() { text += ", minimum \(NumberFormat.compact(best))" }
            return text
        }
        return "Line plot\(yScale == .log ? " (log scale)" : ""). " + parts.joined(separator: "; ") + "."
    }

    func draw(in context: inout PanelContext) {
        let visible = context.plot.expanded(by: 2)
        for run in series {
            context.svg.raw("<g")
            context.svg.attr("class", context.colors.className(run.label))
            context.svg.raw(">")
            if let band = run.band {
                drawBand(run, lower: band.lower, upper: band.upper, in: &context)
            }
            let points = run.values.indices.map { context.map(run.step($0), run.values[$0]) }
            let marked = isMarked(run)
            let pieces = Clipping.polyline(points, to: visible).map {
                marked ? $0 : Simplification.simplify($0, tolerance: TrajectoryLayer.tolerance)
            }
            context.svg.raw("<path class=\"ln\"")
            if let dashes = context.colors.dashes(run.label) { context.svg.attr("stroke-dasharray", dashes) }
            context.svg.raw(" d=\"")
            PathData.polylines(pieces, closed: false, into: &context.svg)
            context.svg.raw("\"/>")
            if marked {
                for point in points where point.isFinite && visible.contains(point) {
                    context.svg.raw("<circle class=\"mk\"")
                    context.svg.attr("cx", point.x)
                    context.svg.attr("cy", point.y)
                    context.svg.raw(" r=\"2.8\"/>")
                }
            }
            context.svg.raw("</g>")
        }
    }

    /// Whether `run` gets point markers.
    private func isMarked(_ run: Series) -> Bool {
        run.markers ?? (run.values.count <= LinePlot.sparseLimit)
    }

    /// Shades between `lower` and `upper`, one polygon per stretch where
    /// both are drawable.
    private func drawBand(_ run: Series, lower: [Double], upper: [Double], in context: inout PanelContext) {
        let count = min(lower.count, upper.count)
        var polygons: [[Point]] = []
        var top: [Point] = []
        var bottom: [Point] = []
        let clamp = context.plot.expanded(by: 2)
        func close() {
            if top.count > 1 { polygons.append(top + bottom.reversed()) }
            top = []
            bottom = []
        }
        for index in 0..<count {
            let a = context.map(run.step(index), upper[index])
            let b = context.map(run.step(index), lower[index])
            guard a.isFinite, b.isFinite else {
                close()
                continue
            }
            top.append(Point(x: min(max(a.x, clamp.x), clamp.maxX), y: min(max(a.y, clamp.y), clamp.maxY)))
            bottom.append(Point(x: min(max(b.x, clamp.x), clamp.maxX), y: min(max(b.y, clamp.y), clamp.maxY)))
        }
        close()
        context.svg.raw("<path class=\"ar\" d=\"")
        PathData.polylines(polygons.map { Simplification.simplify($0, tolerance: TrajectoryLayer.tolerance) },
                           closed: true, into: &context.svg)
        context.svg.raw("\"/>")
    }
}
