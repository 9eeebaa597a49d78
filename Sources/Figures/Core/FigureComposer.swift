/// Lays out a `Figure` (title, legend, play control, panel grid with
/// shared axes) and writes its SVG.
struct FigureComposer {
    /// The figure to draw.
    let figure: Figure
    /// Root element id, prefix of every id inside.
    let id: String

    private static let pad = 10.0
    private static let gap = 26.0
    private static let panelTitleHeight = 18.0

    /// The complete `<svg>` element.
    func render() -> String {
        let contents = figure.panels.map { $0.chart.content }
        var colors = ColorKey()
        var entries: [LegendEntry] = []
        for content in contents {
            for entry in content.legend where !entries.contains(where: { $0.label == entry.label }) {
                colors.add(entry.label)
                // An unlabelled series (one `bar(categories, values)`) has no legend entry: a
                // swatch without a label says nothing.
                if !entry.label.isEmpty { entries.append(entry) }
            }
        }
        let animation = contents.lazy.compactMap(\.animation).first
        let pad = FigureComposer.pad
        let width = figure.width
        let height = figure.height

        var body = SVGWriter(capacity: 1 << 16)
        var css = SVGWriter(capacity: 1024)
        let top = drawHeader(entries: entries, colors: colors, animated: animation != nil, into: &body)

        guard let base = contents.first else {
            return assemble(body: body, css: css, animation: animation, summary: "An empty figure.", height: height)
        }
        let xSpec = base.xAxis
        let ySpec = base.yAxis
        let xDomain = contents.dropFirst().reduce(base.xDomain) { union($0, $1.xDomain) }
        let yDomain = contents.dropFirst().reduce(base.yDomain) { union($0, $1.yDomain) }

        let columns = min(figure.columns, max(contents.count, 1))
        let rows = (contents.count + columns - 1) / columns
        let hasPanelTitles = figure.panels.contains { $0.title != nil }
        let titleHeight = hasPanelTitles ? FigureComposer.panelTitleHeight : 0
        let bottom: Double = xSpec.label == nil ? 22 : 38
        let gaps: Double = Double(rows - 1) * FigureComposer.gap + Double(rows) * titleHeight
        let available: Double = height - top - bottom - pad - gaps
        var panelHeight: Double = max(40, available / Double(rows))
        let yProbe = Scale(kind: ySpec.scale, domain: yDomain, start: panelHeight, end: 0)
        let yTitleWidth: Double = ySpec.label == nil ? 0 : 17
        let left: Double = pad + AxesRenderer.yLabelWidth(yProbe, spec: ySpec, height: panelHeight) + 9 + yTitleWidth
        let showsKey = contents.count == 1
        let right = pad + 6 + (showsKey ? base.keyWidth : 0)
        var panelWidth = max(40, (width - left - right - Double(columns - 1) * FigureComposer.gap) / Double(columns))
        var indent = 0.0
        if let ratio = base.aspectRatio, ratio > 0, ratio.isFinite {
            if panelWidth * ratio > panelHeight {
                indent = (panelWidth - panelHeight / ratio) * Double(columns) / 2
                panelWidth = panelHeight / ratio
            } else {
                panelHeight = panelWidth * ratio
            }
        }
        let usedHeight = top + Double(rows) * (panelHeight + titleHeight) + Double(rows - 1) * FigureComposer.gap
            + bottom + pad

        for (index, content) in contents.enumerated() {
            let row = index / columns
            let column = index % columns
            let panelTop = top + Double(row) * (panelHeight + titleHeight + FigureComposer.gap) + titleHeight
            let plot = Rect(x: left + indent + Double(column) * (panelWidth + FigureComposer.gap), y: panelTop,
                            width: panelWidth, height: panelHeight)
            if let title = figure.panels[index].title {
                body.raw("<text class=\"pt\"")
                body.attr("x", plot.x)
                body.attr("y", plot.y - 6)
                body.raw(">")
                body.text(title)
                body.raw("</text>")
            }
            let x = Scale(kind: xSpec.scale, domain: xDomain, start: plot.x, end: plot.maxX)
            let y = Scale(kind: ySpec.scale, domain: yDomain, start: plot.maxY, end: plot.y)
            AxesRenderer.drawGrid(x: x, y: y, xSpec: xSpec, ySpec: ySpec, plot: plot, into: &body)
            let panelID = "\(id)-\(index)"
            body.raw("<clipPath id=\"\(panelID)c\"><rect")
            body.attr("x", plot.x)
            body.attr("y", plot.y)
            body.attr("width", plot.width)
            body.attr("height", plot.height)
            body.raw("/></clipPath><g clip-path=\"url(#\(panelID)c)\">")
            var context = PanelContext(svg: body, css: css, x: x, y: y, plot: plot, colors: colors,
                                       idPrefix: panelID, animation: animation, showsKey: showsKey)
            body = SVGWriter(capacity: 0)  // hand the buffer over without a copy
            css = SVGWriter(capacity: 0)
            content.draw(in: &context)
            context.svg.raw("</g>")
            content.drawOutside(in: &context)
            body = context.svg
            css = context.css
            let isLastInColumn = index + columns >= contents.count
            let sides = AxesRenderer.Sides(bottom: isLastInColumn, left: column == 0)
            AxesRenderer.drawAxes(x: x, y: y, xSpec: xSpec, ySpec: ySpec, plot: plot, sides: sides, into: &body)
        }
        let summary = contents.map(\.summary).joined(separator: " ")
        return assemble(body: body, css: css, animation: animation, summary: summary,
                        height: min(height, usedHeight.rounded(.up)))
    }

    /// Draws the title, the play control (when animated) and the legend;
    /// returns the y where the panels may start.
    private func drawHeader(entries: [LegendEntry], colors: ColorKey, animated: Bool,
                            into body: inout SVGWriter) -> Double {
        let pad = FigureComposer.pad
        var top = pad
        if let title = figure.title {
            body.raw("<text class=\"ti\"")
            body.attr("x", pad)
            body.attr("y", top + 12)
            body.raw(">")
            body.text(title)
            body.raw("</text>")
            top += 22
        }
        let controlWidth = animated ? 84.0 : 0
        if animated {
            body.raw("<foreignObject")
            body.attr("x", figure.width - pad - controlWidth + 8)
            body.attr("y", figure.title == nil ? top : pad - 2)
            body.attr("width", controlWidth - 8)
            body.raw(" height=\"22\"><label xmlns=\"http://www.w3.org/1999/xhtml\" class=\"pp\">")
            body.raw("<input type=\"checkbox\" aria-label=\"Pause the animation\"/><span></span></label></foreignObject>")
        }
        let legendWidth = figure.width - 2 * pad - controlWidth
        let legendRows = max(LegendRenderer.rows(entries, width: legendWidth), animated ? 1 : 0)
        LegendRenderer.draw(entries, left: pad, top: top, width: legendWidth, colors: colors, into: &body)
        if legendRows > 0 { top += Double(legendRows) * LegendRenderer.rowHeight + 6 }
        return top
    }

    /// Wraps the body in the root element with title, description and style;
    /// `height` is the viewBox height actually used.
    private func assemble(body: SVGWriter, css: SVGWriter, animation: Animation?, summary: String,
                          height: Double) -> String {
        var svg = SVGWriter(capacity: body.bytes.count + css.bytes.count + 4096)
        svg.raw("<svg xmlns=\"http://www.w3.org/2000/svg\"")
        svg.attr("id", id)
        svg.raw(" class=\"weave-figure\"")
        svg.raw(" viewBox=\"0 0 ")
        svg.number(figure.width)
        svg.raw(" ")
        svg.number(height)
        // An animated figure holds its pause control, and an image may hold no control: it is a
        // labelled group instead.
        svg.raw(animation == nil ? "\" role=\"img\"" : "\" role=\"group\"")
        svg.attr("aria-labelledby", "\(id)-t \(id)-d")
        svg.raw("><title")
        svg.attr("id", "\(id)-t")
        svg.raw(">")
        svg.text(figure.title ?? "Figure")
        svg.raw("</title><desc")
        svg.attr("id", "\(id)-d")
        svg.raw(">")
        svg.text(figure.caption ?? summary)
        svg.raw("</desc><style>")
        svg.raw(Stylesheet.css(id: id, animation: animation))
        svg.append(css)
        svg.raw("</style>")
        svg.append(body)
        svg.raw("</svg>")
        return svg.string
    }

    /// The smallest range containing both.
    private func union(_ a: ClosedRange<Double>, _ b: ClosedRange<Double>) -> ClosedRange<Double> {
        min(a.lowerBound, b.lowerBound)...max(a.upperBound, b.upperBound)
    }
}
