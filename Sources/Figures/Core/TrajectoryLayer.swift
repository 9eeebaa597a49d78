/// Draws optimizer paths over a panel: the simplified, clipped line, a
/// hollow start marker and a filled end marker, and — when the figure is
/// animated — a trail and a moving head replaying the steps in time.
struct TrajectoryLayer {
    /// The paths, in data coordinates.
    let series: [PointSeries]

    /// Sub-pixel tolerance (user units) for Ramer–Douglas–Peucker.
    static let tolerance = 0.35
    /// At most this many keyframes per animated path.
    static let maximumKeyframes = 90

    /// Draws the paths into `context`.
    func draw(in context: inout PanelContext) {
        let longest = series.map(\.points.count).max() ?? 0
        for (index, run) in series.enumerated() {
            let mapped = run.points.map { context.map($0.x, $0.y) }
            let visible = context.plot.expanded(by: 2)
            let pieces = Clipping.polyline(mapped, to: visible).map {
                Simplification.simplify($0, tolerance: TrajectoryLayer.tolerance)
            }
            context.svg.raw("<g")
            context.svg.attr("class", context.colors.className(run.label))
            if let dashes = context.colors.dashes(run.label) { context.svg.attr("stroke-dasharray", dashes) }
            context.svg.raw(">")
            let animated = context.animation != nil && mapped.count > 1
            var data = SVGWriter(capacity: 1024)
            PathData.polylines(pieces, closed: false, into: &data)
            context.svg.raw("<path class=\"cs\" d=\"")
            context.svg.append(data)
            context.svg.raw(animated ? "\"/><path class=\"ln gh\" d=\"" : "\"/><path class=\"ln\" d=\"")
            context.svg.append(data)
            context.svg.raw("\"/>")
            let name = "\(context.idPrefix)-\(index)"
            if animated, let animation = context.animation {
                animate(mapped, data: data, name: name, longest: longest, timing: animation, in: &context)
            }
            let finite = mapped.filter(\.isFinite)
            if let start = finite.first, context.plot.contains(start) {
                marker("st", at: start, in: &context.svg)
            }
            if let end = finite.last, context.plot.contains(end), finite.count > 1 {
                context.svg.raw("<circle class=\"en")
                if animated { context.svg.raw(" an\" style=\"animation-name:\(name)e") }
                context.svg.raw("\"")
                context.svg.attr("cx", end.x)
                context.svg.attr("cy", end.y)
                context.svg.raw(" r=\"3.6\"/>")
            }
            context.svg.raw("</g>")
        }
    }

    /// Appends a `class` circle marker of radius 3.6 at `point`.
    private func marker(_ className: String, at point: Point, in svg: inout SVGWriter) {
        svg.raw("<circle class=\"\(className)\"")
        svg.attr("cx", point.x)
        svg.attr("cy", point.y)
        svg.raw(" r=\"3.6\"/>")
    }

    /// Appends the trail and head of one path and their keyframes: step k
    /// of every path is reached at the same moment, k / longest of the way
    /// through the replay.
    private func animate(_ mapped: [Point], data: SVGWriter, name: String, longest: Int,
                         timing: Animation, in context: inout PanelContext) {
        let visible = context.plot.expanded(by: 2)
        var travelled = [Double](repeating: 0, count: mapped.count)
        for index in 1..<mapped.count {
            var length = 0.0
            if mapped[index - 1].isFinite, mapped[index].isFinite,
               let (a, b) = Clipping.segment(mapped[index - 1], mapped[index], to: visible) {
                length = ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot()
            }
            travelled[index] = travelled[index - 1] + length
        }
        let total = max(travelled[mapped.count - 1], 1e-9)
        context.svg.raw("<path class=\"ln an\" pathLength=\"1\" stroke-dasharray=\"1 1\" style=\"animation-name:\(name)t\" d=\"")
        context.svg.append(data)
        context.svg.raw("\"/><circle class=\"hd an\" r=\"4\" style=\"animation-name:\(name)h\"/>")

        let playShare = timing.duration / (timing.duration + timing.hold)
        let stops = min(mapped.count, TrajectoryLayer.maximumKeyframes)
        let clamp = context.plot.expanded(by: 6)
        var trail = SVGWriter(capacity: 2048)
        var head = SVGWriter(capacity: 4096)
        trail.raw("@keyframes \(name)t{")
        head.raw("@keyframes \(name)h{")
        var position = mapped.first { $0.isFinite } ?? Point(x: clamp.x, y: clamp.y)
        for stop in 0..<stops {
            let step = stops == 1 ? 0 : Int((Double(stop) * Double(mapped.count - 1) / Double(stops - 1)).rounded())
            if mapped[step].isFinite {
                position = Point(x: min(max(mapped[step].x, clamp.x), clamp.maxX),
                                 y: min(max(mapped[step].y, clamp.y), clamp.maxY))
            }
            let percent = 100 * playShare * Double(step) / Double(max(longest - 1, 1))
            trail.number(percent)
            trail.raw("%{stroke-dashoffset:")
            trail.number(1 - travelled[step] / total)
            trail.raw("}")
            head.number(percent)
            head.raw("%{cx:")
            head.number(position.x)
            head.raw("px;cy:")
            head.number(position.y)
            head.raw("px}")
        }
        trail.raw("100%{stroke-dashoffset:0}}")
        head.raw("100%{cx:")
        head.number(position.x)
        head.raw("px;cy:")
        head.number(position.y)
        head.raw("px}}")
        let endPercent = 100 * playShare * Double(mapped.count - 1) / Double(max(longest - 1, 1))
        context.css.append(trail)
        context.css.append(head)
        context.css.raw("@keyframes \(name)e{0%,")
        context.css.number(endPercent)
        context.css.raw("%{opacity:0}")
        context.css.number(min(endPercent + 0.5, 100))
        context.css.raw("%,100%{opacity:1}}")
    }
}
