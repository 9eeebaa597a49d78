import Foundation

/// A contour map of a 2-D function over a box — shaded bands and/or
/// iso-lines by marching squares, log-spaced when the values span decades —
/// with optimizer paths on top (hollow start, filled end, one colour each),
/// optionally replayed step by step.
///
/// The function is sampled when the plot is created, so the plot holds only
/// data (and is `Sendable` whatever the function captures).
public struct ContourPlot: Sendable {
    /// The optimizer paths drawn over the map.
    public var paths: [PointSeries]
    /// Where iso-lines and band edges go.
    public var levels: ContourLevels
    /// Bands, lines, or both.
    public var style: ContourStyle
    /// Replay of the paths, or nil for a still picture.
    public var animation: Animation?
    /// Title of the horizontal axis.
    public var xLabel: String?
    /// Title of the vertical axis.
    public var yLabel: String?
    /// A known minimizer, marked with a small cross.
    public var minimum: (x: Double, y: Double)?
    /// Whether one unit is as long on both axes, so that angles are true
    /// (gradient steps cross level sets at right angles); the figure's
    /// height shrinks to fit.
    public var equalAspect: Bool
    /// The sampled function.
    let grid: ScalarGrid

    /// Samples `function` on a `resolution × resolution` grid over `x × y`.
    public init(_ function: (Double, Double) -> Double, x: ClosedRange<Double>, y: ClosedRange<Double>,
                paths: [PointSeries] = [], levels: ContourLevels = .automatic,
                style: ContourStyle = .filledWithLines, resolution: Int = 160,
                animation: Animation? = nil, xLabel: String? = "x", yLabel: String? = "y",
                minimum: (x: Double, y: Double)? = nil, equalAspect: Bool = true) {
        self.init(grid: ScalarGrid(x: x, y: y, columns: resolution, rows: resolution, function: function),
                  paths: paths, levels: levels, style: style, animation: animation,
                  xLabel: xLabel, yLabel: yLabel, minimum: minimum, equalAspect: equalAspect)
    }

    /// Uses precomputed samples: `values[j][i]` is the function at the i-th
    /// x and j-th y of evenly spaced points spanning the box (rows may not be
    /// ragged; at least 2 × 2).
    public init(values: [[Double]], x: ClosedRange<Double>, y: ClosedRange<Double>,
                paths: [PointSeries] = [], levels: ContourLevels = .automatic,
                style: ContourStyle = .filledWithLines, animation: Animation? = nil,
                xLabel: String? = "x", yLabel: String? = "y", minimum: (x: Double, y: Double)? = nil,
                equalAspect: Bool = true) {
        let columns = values.map(\.count).min() ?? 0
        let grid = ScalarGrid(x: x, y: y, columns: max(columns, 2), rows: max(values.count, 2),
                              values: columns >= 2 && values.count >= 2
                                ? values.flatMap { $0.prefix(columns) }
                                : [Double](repeating: 0, count: 4))
        self.init(grid: grid, paths: paths, levels: levels, style: style, animation: animation,
                  xLabel: xLabel, yLabel: yLabel, minimum: minimum, equalAspect: equalAspect)
    }

    /// Memberwise initializer over an existing grid.
    init(grid: ScalarGrid, paths: [PointSeries], levels: ContourLevels, style: ContourStyle,
         animation: Animation?, xLabel: String?, yLabel: String?, minimum: (x: Double, y: Double)?,
         equalAspect: Bool) {
        self.grid = grid
        self.paths = paths
        self.levels = levels
        self.style = style
        self.animation = animation
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.minimum = minimum
        self.equalAspect = equalAspect
    }

    /// Largest total opacity of the stacked bands.
    static let maximumShade = 0.34

    /// Opacity of one band layer when `count` layers stack up.
    static func layerOpacity(_ count: Int) -> Double {
        ((1 - pow(1 - maximumShade, 1 / Double(max(count, 1)))) * 1000).rounded() / 1000
    }

    /// The level key's labels: every level, or every other one when many.
    static func keyLabels(_ levels: [Double]) -> [(index: Int, text: String)] {
        let every = levels.count > 14 ? 3 : levels.count > 9 ? 2 : 1
        return levels.indices.filter { $0 % every == 0 }.map { ($0, NumberFormat.compact(levels[$0], significant: 2)) }
    }
}

extension ContourPlot: PanelContent {
    var xAxis: AxisSpec { AxisSpec(label: xLabel, scale: .linear) }
    var yAxis: AxisSpec { AxisSpec(label: yLabel, scale: .linear) }
    var xDomain: ClosedRange<Double> { grid.x }
    var yDomain: ClosedRange<Double> { grid.y }
    var legend: [LegendEntry] { paths.map { LegendEntry(label: $0.label, swatch: .line(marker: true)) } }

    var summary: String {
        let levels = LevelPicker.levels(self.levels, for: grid)
        var text = "Contour map over x from \(NumberFormat.compact(grid.x.lowerBound)) to \(NumberFormat.compact(grid.x.upperBound))"
        text += " and y from \(NumberFormat.compact(grid.y.lowerBound)) to \(NumberFormat.compact(grid.y.upperBound))"
        if let first = levels.first, let last = levels.last {
            text += ", \(levels.count) levels from \(NumberFormat.compact(first)) to \(NumberFormat.compact(last))"
        }
        text += "."
        for path in paths {
            let finite = path.points.filter { $0.x.isFinite && $0.y.isFinite }
            text += " \(path.label): \(path.points.count) points"
            if let end = finite.last {
                text += ", ending at (\(NumberFormat.compact(end.x)), \(NumberFormat.compact(end.y)))"
            }
            text += "."
        }
        return text
    }

    func draw(in context: inout PanelContext) {
        let levels = LevelPicker.levels(self.levels, for: grid)
        let (x, y) = (context.x, context.y)
        let toPlot = { (points: [Point]) -> [Point] in
            Simplification.simplify(points.map { Point(x: x($0.x), y: y($0.y)) }, tolerance: TrajectoryLayer.tolerance)
        }
        if style != .lines, !levels.isEmpty {
            let outlines = MarchingSquares(grid: grid, closed: true)
            context.svg.raw("<g class=\"bd\"")
            context.svg.attr("fill-opacity", ContourPlot.layerOpacity(levels.count))
            context.svg.raw(">")
            for loops in outlines.lines(at: levels).map({ $0.map(toPlot) }) {
                guard !loops.isEmpty else { continue }
                context.svg.raw("<path d=\"")
                PathData.polylines(loops, closed: true, into: &context.svg)
                context.svg.raw("\"/>")
            }
            context.svg.raw("</g>")
        }
        if style != .filled, !levels.isEmpty {
            let isolines = MarchingSquares(grid: grid, closed: false)
            context.svg.raw("<path class=\"iso\" d=\"")
            for lines in isolines.lines(at: levels).map({ $0.map(toPlot) }) {
                PathData.polylines(lines, closed: false, into: &context.svg)
            }
            context.svg.raw("\"/>")
        }
        if let minimum, minimum.x.isFinite, minimum.y.isFinite {
            let point = context.map(minimum.x, minimum.y)
            context.svg.raw("<path class=\"op\" d=\"M")
            context.svg.number(point.x - 4)
            context.svg.raw(" ")
            context.svg.number(point.y - 4)
            context.svg.raw("l8 8m0-8-8 8\"/>")
        }
        TrajectoryLayer(series: paths).draw(in: &context)
    }

    var aspectRatio: Double? {
        equalAspect ? (grid.y.upperBound - grid.y.lowerBound) / (grid.x.upperBound - grid.x.lowerBound) : nil
    }

    var keyWidth: Double {
        let labels = ContourPlot.keyLabels(LevelPicker.levels(levels, for: grid))
        guard !labels.isEmpty else { return 0 }
        return 24 + (labels.map { TextMetrics.width($0.text, fontSize: AxesRenderer.tickFont) }.max() ?? 0)
    }

    /// Draws the level key: a strip beside the plot with one evenly sized
    /// cell per band, shaded as the map, and the levels at the cell edges.
    func drawOutside(in context: inout PanelContext) {
        let levels = LevelPicker.levels(self.levels, for: grid)
        guard context.showsKey, !levels.isEmpty else { return }
        let x = context.plot.maxX + 10
        let cell = context.plot.height / Double(levels.count + 1)
        func edge(_ index: Int) -> Double { context.plot.maxY - Double(index + 1) * cell }
        if style != .lines {
            context.svg.raw("<g class=\"bd\"")
            context.svg.attr("fill-opacity", ContourPlot.layerOpacity(levels.count))
            context.svg.raw(">")
            for index in levels.indices {
                context.svg.raw("<rect")
                context.svg.attr("x", x)
                context.svg.attr("y", context.plot.y)
                context.svg.raw(" width=\"8\"")
                context.svg.attr("height", edge(index) - context.plot.y)
                context.svg.raw("/>")
            }
            context.svg.raw("</g>")
        }
        context.svg.raw("<path class=\"ax\" d=\"M")
        context.svg.number(x)
        context.svg.raw(" ")
        context.svg.number(context.plot.y)
        context.svg.raw("h8V")
        context.svg.number(context.plot.maxY)
        context.svg.raw("h-8z")
        for index in levels.indices {
            context.svg.raw("M")
            context.svg.number(x)
            context.svg.raw(" ")
            context.svg.number(edge(index))
            context.svg.raw("h11")
        }
        context.svg.raw("\"/><g class=\"tk\">")
        for label in ContourPlot.keyLabels(levels) {
            context.svg.raw("<text")
            context.svg.attr("x", x + 14)
            context.svg.attr("y", edge(label.index) + 3.5)
            context.svg.raw(">")
            context.svg.text(label.text)
            context.svg.raw("</text>")
        }
        context.svg.raw("</g>")
    }
}
