/// Draws a panel's frame: grid lines, ticks, tick labels and axis titles.
struct AxesRenderer {
    /// Which sides get tick labels and titles (inner panels of small
    /// multiples omit them).
    struct Sides {
        /// Draw x tick labels and the x title below the plot.
        var bottom = true
        /// Draw y tick labels and the y title left of the plot.
        var left = true
    }

    /// Font size of tick labels.
    static let tickFont = 10.0

    /// The widest y tick label, for reserving the left margin.
    static func yLabelWidth(_ scale: Scale, spec: AxisSpec, height: Double) -> Double {
        guard spec.numeric else { return 0 }
        return scale.ticks(target: yTarget(height)).filter(\.isMajor).map {
            TextMetrics.width($0.label, fontSize: tickFont)
        }.max() ?? 0
    }

    /// Draws grid lines and the axis baseline (beneath the data).
    static func drawGrid(x: Scale, y: Scale, xSpec: AxisSpec, ySpec: AxisSpec, plot: Rect,
                         into svg: inout SVGWriter) {
        svg.raw("<path class=\"gr\" d=\"")
        if xSpec.numeric {
            for tick in x.ticks(target: xTarget(plot)) where tick.isMajor {
                let px = x(tick.value)
                svg.raw("M")
                svg.number(px)
                svg.raw(" ")
                svg.number(plot.y)
                svg.raw("V")
                svg.number(plot.maxY)
            }
        }
        if ySpec.numeric {
            for tick in y.ticks(target: yTarget(plot.height)) where tick.isMajor {
                let py = y(tick.value)
                svg.raw("M")
                svg.number(plot.x)
                svg.raw(" ")
                svg.number(py)
                svg.raw("H")
                svg.number(plot.maxX)
            }
        }
        svg.raw("\"/>")
    }

    /// Draws the frame, ticks, labels and titles (above the data).
    static func drawAxes(x: Scale, y: Scale, xSpec: AxisSpec, ySpec: AxisSpec, plot: Rect,
                         sides: Sides, into svg: inout SVGWriter) {
        svg.raw("<path class=\"ax\" d=\"M")
        svg.number(plot.x)
        svg.raw(" ")
        svg.number(plot.y)
        svg.raw("V")
        svg.number(plot.maxY)
        svg.raw("H")
        svg.number(plot.maxX)
        let xTicks = xSpec.numeric ? x.ticks(target: xTarget(plot)) : []
        let yTicks = ySpec.numeric ? y.ticks(target: yTarget(plot.height)) : []
        for tick in xTicks {
            svg.raw("M")
            svg.number(x(tick.value))
            svg.raw(" ")
            svg.number(plot.maxY)
            svg.raw(tick.isMajor ? "v4" : "v2.5")
        }
        for tick in yTicks {
            svg.raw("M")
            svg.number(plot.x)
            svg.raw(" ")
            svg.number(y(tick.value))
            svg.raw(tick.isMajor ? "h-4" : "h-2.5")
        }
        svg.raw("\"/>")
        if sides.bottom {
            svg.raw("<g class=\"tk\" text-anchor=\"middle\">")
            for tick in xTicks where tick.isMajor {
                text(tick.label, x: x(tick.value), y: plot.maxY + 15, into: &svg)
            }
            svg.raw("</g>")
            if let label = xSpec.label {
                svg.raw("<text class=\"al\" text-anchor=\"middle\"")
                svg.attr("x", plot.x + plot.width / 2)
                svg.attr("y", plot.maxY + 32)
                svg.raw(">")
                svg.text(label)
                svg.raw("</text>")
            }
        }
        if sides.left {
            svg.raw("<g class=\"tk\" text-anchor=\"end\">")
            for tick in yTicks where tick.isMajor {
                text(tick.label, x: plot.x - 7, y: y(tick.value) + 3.5, into: &svg)
            }
            svg.raw("</g>")
            if let label = ySpec.label {
                let width = yLabelWidth(y, spec: ySpec, height: plot.height)
                let cx = plot.x - width - 17
                let cy = plot.y + plot.height / 2
                svg.raw("<text class=\"al\" text-anchor=\"middle\" transform=\"translate(")
                svg.number(cx)
                svg.raw(" ")
                svg.number(cy)
                svg.raw(")rotate(-90)\">")
                svg.text(label)
                svg.raw("</text>")
            }
        }
    }

    /// About one x tick per 80 user units.
    static func xTarget(_ plot: Rect) -> Int { max(2, Int(plot.width / 80)) }
    /// About one y tick per 55 user units.
    static func yTarget(_ height: Double) -> Int { max(2, Int(height / 55)) }

    /// Appends a `<text>` at `(x, y)`.
    private static func text(_ content: String, x: Double, y: Double, into svg: inout SVGWriter) {
        svg.raw("<text")
        svg.attr("x", x)
        svg.attr("y", y)
        svg.raw(">")
        svg.text(content)
        svg.raw("</text>")
    }
}
