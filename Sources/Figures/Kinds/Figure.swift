/// A finished figure: one chart or small multiples, with a title and a
/// caption, rendered to a self-contained inline SVG string.
///
/// Sizes are viewBox units (the SVG scales to its container); the output
/// is byte-for-byte deterministic for the same data and prefix.
public struct Figure: Sendable {
    /// Title drawn at the top and used as the accessible name; nil for none.
    public var title: String?
    /// Longer description for `<desc>` (the page typically also shows it
    /// as the caption); nil means a generated summary of the data.
    public var caption: String?
    /// viewBox width.
    public var width: Double
    /// viewBox height.
    public var height: Double
    /// The panels and their arrangement.
    let panels: [(title: String?, chart: Chart)]
    /// Panels per row.
    let columns: Int

    /// A figure showing one chart.
    public init(_ chart: Chart, title: String? = nil, caption: String? = nil,
                width: Double = 640, height: Double = 400) {
        self.title = title
        self.caption = caption
        self.width = width
        self.height = height
        panels = [(nil, chart)]
        columns = 1
    }

    /// A figure showing small multiples; the default height gives each row
    /// of panels about 230 units.
    public init(_ grid: SmallMultiples, title: String? = nil, caption: String? = nil,
                width: Double = 640, height: Double? = nil) {
        self.title = title
        self.caption = caption
        self.width = width
        self.height = height ?? Double(grid.rows) * 230 + 90
        panels = grid.panels.map { ($0.title, $0.chart) }
        columns = grid.columns
    }

    /// Whether any panel replays its paths.
    public var isAnimated: Bool {
        panels.contains { $0.chart.content.animation != nil }
    }

    /// The SVG markup. `idPrefix` becomes the root element's id and prefixes
    /// every other id and animation name inside, so several figures can share
    /// a page; it should be a valid XML name such as `"fig3"`.
    public func svg(idPrefix: String) -> String {
        FigureComposer(figure: self, id: idPrefix).render()
    }
}
