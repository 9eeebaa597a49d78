/// A chart whose optimizer paths (or iterates) switch between precomputed
/// variants, one per combination of a few parameter values, while what the
/// variants share — contour bands and lines, the function's curve, the axes
/// and the level key — is drawn once.
///
/// Each variant's overlay is a group `<g class="xv" data-variant="k">`; the
/// selected one also has the class `on`. `ExplorableFigure` shows only the
/// group marked `on` and moves the mark when a slider changes.
public struct ExplorableChart: Sendable {
    /// What the variants share.
    enum Base: Sendable {
        case contour(ContourPlot)
        case function(FunctionPlot)
    }

    /// The shared chart, without paths or iterates.
    let base: Base
    /// Each variant's paths (contour) or iterates on the curve (function).
    public let variants: [[PointSeries]]
    /// The variant shown first, and without script.
    public var selected: Int

    /// Variants of a contour map: `plot` supplies the shared map (its own
    /// paths are not drawn), `variants[k]` the paths of variant k.
    public init(contour plot: ContourPlot, variants: [[PointSeries]], selected: Int = 0) {
        var shared = plot
        shared.paths = []
        base = .contour(shared)
        self.variants = variants
        self.selected = selected
    }

    /// Variants of a 1-D function plot: `plot` supplies the curve (its own
    /// iterates are not drawn), `variants[k]` the iterates of variant k, as
    /// labelled x values placed on the curve by `function`.
    public init(function plot: FunctionPlot, _ function: (Double) -> Double,
                variants: [[(label: String, xs: [Double])]], selected: Int = 0) {
        var shared = plot
        shared.iterates = []
        base = .function(shared)
        self.variants = variants.map { runs in
            runs.map { run in PointSeries(run.label, points: run.xs.map { ($0, function($0)) }) }
        }
        self.selected = selected
    }

    /// The shared chart's panel renderer.
    private var shared: any PanelContent {
        switch base {
        case .contour(let plot): plot
        case .function(let plot): plot
        }
    }

    /// Draws the overlay of one variant.
    private func drawOverlay(_ series: [PointSeries], in context: inout PanelContext) {
        switch base {
        case .contour: TrajectoryLayer(series: series).draw(in: &context)
        case .function: FunctionPlot.drawIterates(series, in: &context)
        }
    }
}

extension ExplorableChart: PanelContent {
    var xAxis: AxisSpec { shared.xAxis }
    var yAxis: AxisSpec { shared.yAxis }
    var xDomain: ClosedRange<Double> { shared.xDomain }
    var yDomain: ClosedRange<Double> { shared.yDomain }
    var animation: Animation? { shared.animation }
    var keyWidth: Double { shared.keyWidth }
    var aspectRatio: Double? { shared.aspectRatio }

    /// One entry per label of any variant, in order of first appearance, so
    /// a label keeps its colour in every variant.
    var legend: [LegendEntry] {
        var labels: [String] = []
        for series in variants.joined() where !labels.contains(series.label) { labels.append(series.label) }
        return labels.map { LegendEntry(label: $0, swatch: .line(marker: true)) }
    }

    var summary: String {
        shared.summary + " \(variants.count) variants of the paths, one shown at a time."
    }

    func draw(in context: inout PanelContext) {
        shared.draw(in: &context)
        for (index, series) in variants.enumerated() {
            context.svg.raw(index == selected ? "<g class=\"xv on\"" : "<g class=\"xv\"")
            context.svg.raw(" data-variant=\"\(index)\">")
            // Each variant gets its own prefix, so the keyframes of animated paths never clash.
            var layer = PanelContext(svg: context.svg, css: context.css, x: context.x, y: context.y, plot: context.plot,
                                     colors: context.colors, idPrefix: "\(context.idPrefix)v\(index)",
                                     animation: context.animation, showsKey: context.showsKey)
            context.svg = SVGWriter(capacity: 0)  // hand the buffers over without a copy
            context.css = SVGWriter(capacity: 0)
            drawOverlay(series, in: &layer)
            layer.svg.raw("</g>")
            context.svg = layer.svg
            context.css = layer.css
        }
    }

    func drawOutside(in context: inout PanelContext) {
        shared.drawOutside(in: &context)
    }
}
