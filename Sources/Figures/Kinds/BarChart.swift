/// Grouped bars: one group per category, one bar (and colour) per series;
/// `Series.values[i]` is the series' value for `categories[i]`.
public struct BarChart: Sendable {
    /// Category names along the horizontal axis.
    public var categories: [String]
    /// The series, each with one value per category.
    public var series: [Series]
    /// Title of the vertical axis.
    public var yLabel: String?

    /// Creates a bar chart.
    public init(categories: [String], series: [Series], yLabel: String? = nil) {
        self.categories = categories
        self.series = series
        self.yLabel = yLabel
    }
}

extension BarChart: PanelContent {
    var xAxis: AxisSpec { AxisSpec(label: nil, scale: .linear, numeric: false) }
    var yAxis: AxisSpec { AxisSpec(label: yLabel, scale: .linear) }
    var xDomain: ClosedRange<Double> { 0...Double(max(categories.count, 1)) }
    var yDomain: ClosedRange<Double> {
        DataDomain.extent(series.flatMap(\.values), scale: .linear, including: 0)
    }
    var animation: Animation? { nil }
    var legend: [LegendEntry] { series.map { LegendEntry(label: $0.label, swatch: .block) } }

    var summary: String {
        "Bar chart over " + categories.joined(separator: ", ") + ": "
            + series.map { run in
                run.label + " " + run.values.map { NumberFormat.compact($0) }.joined(separator: ", ")
            }.joined(separator: "; ") + "."
    }

    func draw(in context: inout PanelContext) {
        let slot = context.plot.width / Double(max(categories.count, 1))
        let groupWidth = slot * 0.76
        let barWidth = groupWidth / Double(max(series.count, 1))
        let baseline = context.y(max(context.y.domain.lowerBound, 0))
        for (index, run) in series.enumerated() {
            context.svg.raw("<g")
            context.svg.attr("class", context.colors.className(run.label))
            context.svg.raw(">")
            for category in categories.indices where category < run.values.count && run.values[category].isFinite {
                let top = context.y(run.values[category])
                let x = context.plot.x + Double(category) * slot + (slot - groupWidth) / 2 + Double(index) * barWidth
                context.svg.raw("<rect class=\"bar\"")
                context.svg.attr("x", x + 0.5)
                context.svg.attr("y", min(top, baseline))
                context.svg.attr("width", max(barWidth - 1, 0.5))
                context.svg.attr("height", abs(baseline - top))
                context.svg.raw("/>")
            }
            context.svg.raw("</g>")
        }
    }

    func drawOutside(in context: inout PanelContext) {
        let slot = context.plot.width / Double(max(categories.count, 1))
        context.svg.raw("<g class=\"tk\" text-anchor=\"middle\">")
        for (index, category) in categories.enumerated() {
            context.svg.raw("<text")
            context.svg.attr("x", context.plot.x + (Double(index) + 0.5) * slot)
            context.svg.attr("y", context.plot.maxY + 15)
            context.svg.raw(">")
            context.svg.text(category)
            context.svg.raw("</text>")
        }
        context.svg.raw("</g>")
    }
}
