/// What a chart kind contributes to one panel of a figure: its axes and
/// domains (so small multiples can share them), legend entries, a plain
/// text summary for `<desc>`, and the drawing of its data layer.
protocol PanelContent {
    /// The horizontal axis.
    var xAxis: AxisSpec { get }
    /// The vertical axis.
    var yAxis: AxisSpec { get }
    /// Horizontal data domain (positive on a log axis).
    var xDomain: ClosedRange<Double> { get }
    /// Vertical data domain (positive on a log axis).
    var yDomain: ClosedRange<Double> { get }
    /// Legend entries, in order; their labels also key the colours.
    var legend: [LegendEntry] { get }
    /// How the panel replays its paths, or nil for a still picture.
    var animation: Animation? { get }
    /// One sentence describing the panel for assistive technology.
    var summary: String { get }
    /// Draws the data layer inside `context.plot`.
    func draw(in context: inout PanelContext)
    /// Draws anything outside the clipped plot area (category labels, a
    /// contour level key when `context.showsKey`).
    func drawOutside(in context: inout PanelContext)
    /// Room the panel's key needs right of the plot (0 for none).
    var keyWidth: Double { get }
    /// Wanted plot height / width (equal data units on both axes), or nil
    /// to fill the space.
    var aspectRatio: Double? { get }
}

extension PanelContent {
    /// Most kinds draw nothing outside the plot area.
    func drawOutside(in context: inout PanelContext) {}
    /// Most kinds have no key beside the plot.
    var keyWidth: Double { 0 }
    /// Most kinds fill the space they get.
    var aspectRatio: Double? { nil }
}

/// An axis of a panel: its title and scale.
struct AxisSpec {
    /// Axis title (e.g. "step", "η"), or nil for none.
    var label: String?
    /// Linear or log mapping.
    var scale: AxisScale
    /// Whether the axis draws ticks and grid lines (false for bar categories).
    var numeric = true
}

/// One legend entry: a label and how its swatch looks.
struct LegendEntry: Equatable {
    /// How an entry's swatch is drawn.
    enum Swatch: Equatable {
        /// A short line, with a dot when the series is marked.
        case line(marker: Bool)
        /// A filled square (bars).
        case block
        /// A dot (scatter).
        case dot
    }

    /// Series label (also its colour key).
    var label: String
    /// Swatch style.
    var swatch: Swatch
}

/// Everything a panel's drawing needs: the writers, scales, plot rectangle,
/// colours and unique-id prefix.
struct PanelContext {
    /// Markup of the figure body.
    var svg: SVGWriter
    /// Extra CSS (animation keyframes) for the figure's style sheet.
    var css: SVGWriter
    /// Horizontal scale, data → user units.
    let x: Scale
    /// Vertical scale, data → user units.
    let y: Scale
    /// The plot area.
    let plot: Rect
    /// Series colours.
    let colors: ColorKey
    /// Prefix unique to this panel, for ids and keyframe names (e.g. "fig3-p0").
    let idPrefix: String
    /// The figure's animation timing, when any panel animates.
    let animation: Animation?
    /// Whether the panel draws its key (only a figure's sole panel does).
    let showsKey: Bool

    /// Maps a data point to user units.
    func map(_ x: Double, _ y: Double) -> Point {
        Point(x: self.x(x), y: self.y(y))
    }
}
