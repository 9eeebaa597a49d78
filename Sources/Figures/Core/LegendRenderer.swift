/// Lays out and draws legend entries as a row of swatches (wrapping to
/// more rows when needed) above the plots.
enum LegendRenderer {
    /// Height of one legend row.
    static let rowHeight = 18.0
    /// Font size of legend labels.
    static let fontSize = 11.0

    /// The x offset of each entry and its row, for a row `width` wide.
    static func layout(_ entries: [LegendEntry], width: Double) -> [(x: Double, row: Int)] {
        var positions: [(x: Double, row: Int)] = []
        var x = 0.0
        var row = 0
        for entry in entries {
            let entryWidth = 22 + TextMetrics.width(entry.label, fontSize: fontSize) + 18
            if x > 0 && x + entryWidth > width {
                x = 0
                row += 1
            }
            positions.append((x, row))
            x += entryWidth
        }
        return positions
    }

    /// Number of rows the entries take.
    static func rows(_ entries: [LegendEntry], width: Double) -> Int {
        entries.isEmpty ? 0 : (layout(entries, width: width).last?.row ?? 0) + 1
    }

    /// Draws the entries with their top-left corner at `(left, top)`.
    static func draw(_ entries: [LegendEntry], left: Double, top: Double, width: Double,
                     colors: ColorKey, into svg: inout SVGWriter) {
        guard !entries.isEmpty else { return }
        svg.raw("<g class=\"lg\">")
        for (entry, position) in zip(entries, layout(entries, width: width)) {
            let x = left + position.x
            let y = top + Double(position.row) * rowHeight + rowHeight / 2
            svg.raw("<g")
            svg.attr("class", colors.className(entry.label))
            svg.raw(">")
            switch entry.swatch {
            case .line(let marker):
                svg.raw("<path class=\"ln\"")
                if let dashes = colors.dashes(entry.label) { svg.attr("stroke-dasharray", dashes) }
                svg.raw(" d=\"M")
                svg.number(x)
                svg.raw(" ")
                svg.number(y)
                svg.raw("h16\"/>")
                if marker { circle(x: x + 8, y: y, radius: 3, into: &svg) }
            case .block:
                svg.raw("<rect class=\"bar\"")
                svg.attr("x", x + 3)
                svg.attr("y", y - 5)
                svg.raw(" width=\"10\" height=\"10\" rx=\"1.5\"/>")
            case .dot:
                circle(x: x + 8, y: y, radius: 3.5, into: &svg)
            }
            svg.raw("</g><text")
            svg.attr("x", x + 22)
            svg.attr("y", y + 3.8)
            svg.raw(">")
            svg.text(entry.label)
            svg.raw("</text>")
        }
        svg.raw("</g>")
    }

    /// Appends a filled `.mk` dot.
    private static func circle(x: Double, y: Double, radius: Double, into svg: inout SVGWriter) {
        svg.raw("<circle class=\"mk\"")
        svg.attr("cx", x)
        svg.attr("cy", y)
        svg.attr("r", radius)
        svg.raw("/>")
    }
}
