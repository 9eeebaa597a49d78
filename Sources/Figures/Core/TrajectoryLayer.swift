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

    /// One path mapped to user units and simplified: the original points,
    /// and the indices of those kept, per stretch of finite points.
    private struct Simplified {
        /// Every step, in user units (non-finite where the run diverged).
        let points: [Point]
        /// Kept indices into `points`, one list per finite stretch.
        let stretches: [[Int]]

        init(_ points: [Point]) {
            self.points = points
            var stretches: [[Int]] = []
            var current: [Int] = []
            for index in points.indices {
                if points[index].isFinite {
                    current.append(index)
                } else if !current.isEmpty {
                    stretches.append(current)
                    current = []
                }
            }
            if !current.isEmpty { stretches.append(current) }
            self.stretches = stretches.map { stretch in
                Simplification.keptIndices(stretch.map { points[$0] }, tolerance: TrajectoryLayer.tolerance)
                    .map { stretch[$0] }
            }
        }

        /// The drawn line: the kept points, cut to `rect`.
        func pieces(in rect: Rect) -> [[Point]] {
            stretches.flatMap { Clipping.polyline($0.map { points[$0] }, to: rect) }
        }
    }

    /// Draws the paths into `context`.
    func draw(in context: inout PanelContext) {
        let longest = series.map(\.points.count).max() ?? 0
        let visible = context.plot.expanded(by: 2)
        for (index, run) in series.enumerated() {
            let path = Simplified(run.points.map { context.map($0.x, $0.y) })
            context.svg.raw("<g")
            context.svg.attr("class", context.colors.className(run.label))
            if let dashes = context.colors.dashes(run.label) { context.svg.attr("stroke-dasharray", dashes) }
            context.svg.raw(">")
            let animated = context.animation != nil && path.points.count > 1
            var data = SVGWriter(capacity: 1024)
            PathData.polylines(path.pieces(in: visible), closed: false, into: &data)
            context.svg.raw("<path class=\"cs\" d=\"")
            context.svg.append(data)
            context.svg.raw(animated ? "\"/><path class=\"ln gh\" d=\"" : "\"/><path class=\"ln\" d=\"")
            context.svg.append(data)
            context.svg.raw("\"/>")
            let name = "\(context.idPrefix)-\(index)"
            if animated, let animation = context.animation {
                animate(path, data: data, name: name, longest: longest, timing: animation, in: &context)
            }
            let finite = path.points.filter(\.isFinite)
            if let start = finite.first, context.plot.contains(start) {
                context.svg.raw("<circle class=\"st\"")
                context.svg.attr("cx", start.x)
                context.svg.attr("cy", start.y)
                context.svg.raw(" r=\"3.6\"/>")
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

    /// Appends the trail and head of one path and their keyframes. Step k
    /// of every path is reached at the same moment, k / longest of the way
    /// through the replay; the head sits at step k's place on the drawn
    /// (simplified) line and the trail is drawn exactly up to it.
    private func animate(_ path: Simplified, data: SVGWriter, name: String, longest: Int,
                         timing: Animation, in context: inout PanelContext) {
        let visible = context.plot.expanded(by: 2)
        func visibleLength(_ a: Point, _ b: Point) -> Double {
            guard let (p, q) = Clipping.segment(a, b, to: visible) else { return 0 }
            return ((q.x - p.x) * (q.x - p.x) + (q.y - p.y) * (q.y - p.y)).squareRoot()
        }
        func distance(_ a: Point, _ b: Point) -> Double {
            ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot()
        }
        let points = path.points
        // Along the original steps (for placing a step between kept vertices)
        // and along the drawn line's visible part (for the trail).
        var original = [Double](repeating: 0, count: points.count)
        for index in points.indices.dropFirst() where points[index].isFinite && points[index - 1].isFinite {
            original[index] = original[index - 1] + distance(points[index - 1], points[index])
        }
        var drawnBefore = [Double](repeating: 0, count: points.count)
        var total = 0.0
        for stretch in path.stretches {
            for (a, b) in zip(stretch, stretch.dropFirst()) {
                drawnBefore[a] = total
                total += visibleLength(points[a], points[b])
            }
            if let last = stretch.last { drawnBefore[last] = total }
        }
        total = max(total, 1e-9)
        /// Step `step`'s place on the drawn line and the visible length before it.
        func locate(_ step: Int) -> (Point, Double)? {
            for stretch in path.stretches {
                guard let first = stretch.first, let last = stretch.last, step >= first, step <= last else { continue }
                var low = 0
                var high = stretch.count - 1
                while high - low > 1 {
                    let middle = (low + high) / 2
                    if stretch[middle] <= step { low = middle } else { high = middle }
                }
                let a = stretch[low]
                let b = stretch[high]
                let span = original[b] - original[a]
                let t = span > 0 ? (original[step] - original[a]) / span : 0
                let place = Point(x: points[a].x + t * (points[b].x - points[a].x),
                                  y: points[a].y + t * (points[b].y - points[a].y))
                return (place, drawnBefore[a] + visibleLength(points[a], place))
            }
            return nil
        }

        context.svg.raw("<path class=\"ln an\" pathLength=\"100\" stroke-dasharray=\"100 100\" style=\"animation-name:\(name)t\" d=\"")
        context.svg.append(data)
        context.svg.raw("\"/><circle class=\"hd an\" r=\"4\" style=\"animation-name:\(name)h\"/>")

        let playShare = timing.duration / (timing.duration + timing.hold)
        let stops = min(points.count, TrajectoryLayer.maximumKeyframes)
        let clamp = context.plot.expanded(by: 6)
        var trail = SVGWriter(capacity: 2048)
        var head = SVGWriter(capacity: 4096)
        trail.raw("@keyframes \(name)t{")
        head.raw("@keyframes \(name)h{")
        var position = Point(x: clamp.x, y: clamp.y)
        var travelled = 0.0
        if let (start, _) = locate(path.stretches.first?.first ?? 0) { position = start }
        func headFrame(_ percent: Double) {
            head.number(percent)
            head.raw("%{cx:")
            head.number(min(max(position.x, clamp.x), clamp.maxX))
            head.raw("px;cy:")
            head.number(min(max(position.y, clamp.y), clamp.maxY))
            head.raw("px}")
        }
        for stop in 0..<stops {
            let step = stops == 1 ? 0 : Int((Double(stop) * Double(points.count - 1) / Double(stops - 1)).rounded())
            if let (place, length) = locate(step) {
                position = place
                travelled = length
            }
            let percent = 100 * playShare * Double(step) / Double(max(longest - 1, 1))
            trail.number(percent)
            trail.raw("%{stroke-dashoffset:")
            trail.number(100 * (1 - min(travelled / total, 1)))
            trail.raw("}")
            headFrame(percent)
        }
        trail.raw("100%{stroke-dashoffset:0}}")
        headFrame(100)
        head.raw("}")
        let endPercent = 100 * playShare * Double(points.count - 1) / Double(max(longest - 1, 1))
        context.css.append(trail)
        context.css.append(head)
        context.css.raw("@keyframes \(name)e{0%,")
        context.css.number(endPercent)
        context.css.raw("%{opacity:0}")
        context.css.number(min(endPercent + 0.5, 100))
        context.css.raw("%,100%{opacity:1}}")
    }
}
