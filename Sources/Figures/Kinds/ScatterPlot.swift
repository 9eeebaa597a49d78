/// Groups of points, one colour per group.
public struct ScatterPlot: Sendable {
    /// The groups.
    public var groups: [PointSeries]
    /// The horizontal axis' scale.
    public var xScale: AxisScale
    /// The vertical axis' scale.
    public var yScale: AxisScale
    /// Title of the horizontal axis.
    public var xLabel: String?
    /// Title of the vertical axis.
    public var yLabel: String?

    /// Creates a scatter plot.
    public init(_ groups: [PointSeries], x: AxisScale = .linear, y: AxisScale = .linear,
                xLabel: String? = nil, yLabel: String? = nil) {
        self.groups = groups
        self.xScale = x
        self.yScale = y
        self.xLabel = xLabel
        self.yLabel = yLabel
    }
}

extension ScatterPlot: PanelContent {
    var xAxis: AxisSpec { AxisSpec(label: xLabel, scale: xScale) }
    var yAxis: AxisSpec { AxisSpec(label: yLabel, scale: yScale) }
    var xDomain: ClosedRange<Double> { DataDomain.extent(groups.flatMap { $0.points.map(\.x) }, scale: xScale) }
    var yDomain: ClosedRange<Double> { DataDomain.extent(groups.flatMap { $0.points.map(\.y) }, scale: yScale) }
    var animation: Animation? { nil }
    var legend: [LegendEntry] { groups.map { LegendEntry(label: $0.label, swatch: .dot) } }

    var summary: String {
        "Scatter plot: " + groups.map { "\($0.label), \($0.points.count) points" }.joined(separator: "; ") + "."
    }

    func draw(in context: inout PanelContext) {
        let visible = context.plot.expanded(by: 3)
        for group in groups {
            context.svg.raw("<g")
            context.svg.attr("class", context.colors.className(group.label))
            context.svg.raw(" fill-opacity=\".85\">")
            for point in group.points {
                let mapped = context.map(point.x, point.y)
                guard mapped.isFinite, visible.contains(mapped) else { continue }
                context.svg.raw("<circle class=\"mk\"")
                context.svg.attr("cx", mapped.x)
                context.svg.attr("cy", mapped.y)
                context.svg.raw(" r=\"3.2\"/>")
            }
            context.svg.raw("</g>")
        }
    }
}
