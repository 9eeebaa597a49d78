import Figures
import Optim

/// Figures drawn from blocks. Each call appends one `BlockOutput.figure` whose SVG ids start with
/// a prefix unique in the session (`fig1`, `fig2`, …).
///
/// - `contour(f, x: -2...2, y: -1...3, paths: [run1, run2], labels: ["GD", "Adam"], levels: .log,
///   style: .filledWithLines, animate: true, minimum: (1, 1), title: "…", caption: "…")`:
///   a contour map of `f` (an objective, a `(Double, Double) -> Double` closure or a
///   `([Jet]) -> Jet` closure) with each 2-D run's iterates drawn on top; `animate` replays them.
/// - `contours(f, x:, y:, paths:, labels:, columns:, levels:, title:, caption:)`: small multiples,
///   one contour panel per run, sharing axes.
/// - `plot(runs, labels:, y: .log, title:, caption:)`: loss vs step of each run;
///   `plot(series: [[Double]], labels:, y:, xLabel:, yLabel:, …)` and `plot(values, label:, …)` for any series.
/// - `plotFunction(f, x: -1...4, iterates: [run], labels:, title:, caption:)`: a 1-D function (an
///   objective or a `(Double) -> Double` closure) with each run's iterates marked on the curve.
/// - `landscape(trainingRun, loss: model, animate:, title:, caption:)`: the loss over the plane of the
///   top two principal directions of the run's snapshots, with the projected path;
///   `landscape(run, loss: objective, …)` does the same for a `minimize` run.
/// - `scatter(points, label:, x:, y:, title:, caption:)` and `scatter(groups: [[(Double, Double)]], labels:, …)`.
/// - `bar(categories, values, label:, yLabel:, title:, caption:)` and `bar(categories, series: [[Double]], labels:, …)`.
extension Bindings {
    func registerFigures() {
        let levels = define("ContourLevels")
        levels.constants = ["automatic": levels.box(ContourLevels.automatic), "log": levels.box(ContourLevels.log)]
        levels.statics["linear"] = [native([param("count", .int)], .native(levels)) { c, a in
            try c.require(a[0].int >= 1 && a[0].int <= 200, "ContourLevels.linear needs 1 ≤ count ≤ 200, got \(a[0].int)")
            return levels.box(ContourLevels.linear(count: a[0].int))
        }]
        levels.statics["values"] = [native([param(nil, .array(.double))], .native(levels)) { _, a in
            levels.box(ContourLevels.values(a[0].doubles))
        }]
        let style = define("ContourStyle")
        style.constants = ["filled": style.box(ContourStyle.filled), "lines": style.box(ContourStyle.lines),
                           "filledWithLines": style.box(ContourStyle.filledWithLines)]
        let scale = define("AxisScale")
        scale.constants = ["linear": scale.box(AxisScale.linear), "log": scale.box(AxisScale.log)]
        let range = doubleRange

        let title = [param("title", .optional(.string), Value.none), param("caption", .optional(.string), Value.none)]
        let runs = param("paths", .array(type("Run")), .array([]))
        let labels = param("labels", .array(.string), .array([]))
        let box = [param("x", .native(range)), param("y", .native(range))]
        let levelsParameter = param("levels", .native(levels), levels.constants["automatic"]!)
        let styleParameter = param("style", .native(style), style.constants["filledWithLines"]!)
        let functions: [(SType, (NativeContext, Value) -> (Double, Double) throws -> Double)] = [
            (type("Objective"), { [unowned self] _, f in
                let objective = self.objective(f)
                return { x, y in try objective.value(at: Vector([x, y])) }
            }),
            (.function([.double, .double], .double), { c, f in { x, y in try c.call(f, [.double(x), .double(y)]).double } }),
            (Self.jetClosure, { c, f in { x, y in try Self.jetFunction(c, f)([Jet(x), Jet(y)]).value } }),
        ]
        // A path is a `Run` or the author's own iterates, `[[x, y], …]`.
        let ownPaths = param("paths", .array(.array(.array(.double))), .array([]))
        for (fType, surface) in functions {
            for runs in [runs, ownPaths] {
            let contourParameters = [param(nil, fType)] + box + [runs, labels, levelsParameter, styleParameter,
                                                                   param("animate", .bool, .bool(false)),
                                                                   param("minimum", .optional(.tuple([.double, .double], labels: [nil, nil])), Value.none)]
            function("contour", native(contourParameters + title, .void) { c, a in
                let plot = try Self.contourPlot(c, surface(c, a[0]), a, animate: a[7].bool, paths: try Self.paths(c, a[3], a[4]))
                return try Self.emit(c, Figure(.contour(plot), title: a[9].unwrapped?.string, caption: a[10].unwrapped?.string))
            })
            let gridParameters = [param(nil, fType)] + box + [runs, labels, param("columns", .optional(.int), Value.none), levelsParameter]
            function("contours", native(gridParameters + title, .void) { c, a in
                let paths = try Self.paths(c, a[3], a[4])
                try c.require(!paths.isEmpty, "contours needs at least one path")
                // The panels share axes and function, so the function is sampled once.
                let shared = try Self.contourPlot(c, surface(c, a[0]), a, animate: false, paths: [])
                let panels = paths.map { path in
                    var panel = shared
                    panel.paths = [path]
                    return (title: path.label, chart: Chart.contour(panel))
                }
                return try Self.emit(c, Figure(SmallMultiples(panels, columns: a[5].unwrapped?.int),
                                              title: a[7].unwrapped?.string, caption: a[8].unwrapped?.string))
            })
            }
        }
        registerCurves(title)
    }

    private func registerCurves(_ title: [NativeParameter]) {
        let scale = types["AxisScale"]!
        let yScale = param("y", .native(scale), scale.constants["linear"]!)
        let labels = param("labels", .array(.string), .array([]))
        let axisLabels = [param("xLabel", .optional(.string), Value.some(.string("step"))), param("yLabel", .optional(.string), Value.none)]
        function("plot", native([param(nil, .array(type("Run"))), labels, yScale] + title, .void) { c, a in
            let series = a[0].elements.enumerated().map { i, run in
                Series(Self.label(a[1], i, "run"), values: (run.native as! Run).losses)
            }
            return try Self.emit(c, Figure(.line(LinePlot(series, y: a[2].native as! AxisScale, yLabel: "loss")),
                                          title: a[3].unwrapped?.string, caption: a[4].unwrapped?.string))
        })
        function("plot", native([param("series", .array(.array(.double))), labels, yScale] + axisLabels + title, .void) { c, a in
            let series = a[0].elements.enumerated().map { i, values in Series(Self.label(a[1], i, "series"), values: values.doubles) }
            let plot = LinePlot(series, y: a[2].native as! AxisScale, xLabel: a[3].unwrapped?.string, yLabel: a[4].unwrapped?.string)
            return try Self.emit(c, Figure(.line(plot), title: a[5].unwrapped?.string, caption: a[6].unwrapped?.string))
        })
        function("plot", native([param(nil, .array(.double)), param("label", .string, .string("")), yScale] + axisLabels + title, .void) { c, a in
            let plot = LinePlot([Series(a[1].string, values: a[0].doubles)], y: a[2].native as! AxisScale,
                                xLabel: a[3].unwrapped?.string, yLabel: a[4].unwrapped?.string)
            return try Self.emit(c, Figure(.line(plot), title: a[5].unwrapped?.string, caption: a[6].unwrapped?.string))
        })
        let curves: [(SType, (NativeContext, Value) -> (Double) throws -> Double)] = [
            (type("Objective"), { [unowned self] _, f in { x in try self.objective(f).value(at: Vector([x])) } }),
            (.function([.double], .double), { c, f in { x in try c.call(f, [.double(x)]).double } }),
        ]
        // Iterates are runs of a 1-D objective, or the author's own: the x values of one run
        // (`[Double]`) or of several (`[[Double]]`).
        let iterateTypes: [(type: SType, isOne: Bool)] = [(.array(type("Run")), false), (.array(.array(.double)), false), (.array(.double), true)]
        for (fType, curve) in curves {
            for (iterateType, isOne) in iterateTypes {
            function("plotFunction", native([param(nil, fType), param("x", .native(doubleRange)), param("iterates", iterateType, .array([])),
                                             labels] + title, .void) { c, a in
                let runs = isOne ? [a[2]] : a[2].elements
                let iterates = try runs.enumerated().map { i, run in
                    guard let points = (run.native as? Run)?.points else { return (label: Self.label(a[3], i, "run"), xs: run.doubles) }
                    try c.require(points.allSatisfy { $0.count == 1 }, "plotFunction needs runs of a 1-D objective")
                    return (label: Self.label(a[3], i, "run"), xs: points.map { $0[0] })
                }
                let f = Self.guarded(curve(c, a[0]))
                let plot = FunctionPlot(f.function, x: try Self.axis(c, a[1], "x"), iterates: iterates)
                try f.check()
                return try Self.emit(c, Figure(.function(plot), title: a[4].unwrapped?.string, caption: a[5].unwrapped?.string))
            })
            }
        }
        let animate = param("animate", .bool, .bool(false))
        function("landscape", native([param(nil, type("TrainingRun")), param("loss", type("Classifier")), animate] + title, .void) { c, a in
            let run = a[0].native as! TrainingRun
            let model = a[1].native as! any Classifier
            let loss = Self.guarded { (p: [Double]) in try model.fullLoss(try Tensor.unflatten(Vector(p), like: run.finalParameters)) }
            return try Self.landscape(c, run.snapshots, loss, animate: a[2].bool, a[3], a[4])
        })
        function("landscape", native([param(nil, type("Run")), param("loss", type("Objective")), animate] + title, .void) { [unowned self] c, a in
            let f = self.objective(a[1])
            let loss = Self.guarded { (p: [Double]) in try f.value(at: Vector(p)) }
            return try Self.landscape(c, (a[0].native as! Run).points, loss, animate: a[2].bool, a[3], a[4])
        })
        let pairs = SType.array(.tuple([.double, .double], labels: [nil, nil]))
        let axes = [param("x", .native(scale), scale.constants["linear"]!), yScale]
        func points(_ v: Value) -> [(x: Double, y: Double)] { v.elements.map { $0.pair } .map { (x: $0.0, y: $0.1) } }
        function("scatter", native([param(nil, pairs), param("label", .string, .string(""))] + axes + title, .void) { c, a in
            let plot = ScatterPlot([PointSeries(a[1].string, points: points(a[0]))], x: a[2].native as! AxisScale, y: a[3].native as! AxisScale)
            return try Self.emit(c, Figure(.scatter(plot), title: a[4].unwrapped?.string, caption: a[5].unwrapped?.string))
        })
        function("scatter", native([param("groups", .array(pairs)), labels] + axes + title, .void) { c, a in
            let groups = a[0].elements.enumerated().map { i, g in PointSeries(Self.label(a[1], i, "group"), points: points(g)) }
            let plot = ScatterPlot(groups, x: a[2].native as! AxisScale, y: a[3].native as! AxisScale)
            return try Self.emit(c, Figure(.scatter(plot), title: a[4].unwrapped?.string, caption: a[5].unwrapped?.string))
        })
        let yLabel = param("yLabel", .optional(.string), Value.none)
        function("bar", native([param(nil, .array(.string)), param(nil, .array(.double)), param("label", .string, .string("")), yLabel] + title,
                               .void) { c, a in
            try c.require(a[0].elements.count == a[1].elements.count, "bar needs one value per category")
            let chart = BarChart(categories: a[0].elements.map(\.string), series: [Series(a[2].string, values: a[1].doubles)],
                                 yLabel: a[3].unwrapped?.string)
            return try Self.emit(c, Figure(.bar(chart), title: a[4].unwrapped?.string, caption: a[5].unwrapped?.string))
        })
        function("bar", native([param(nil, .array(.string)), param("series", .array(.array(.double))), labels, yLabel] + title, .void) { c, a in
            try c.require(a[1].elements.allSatisfy { $0.elements.count == a[0].elements.count }, "bar needs one value per category in each series")
            let series = a[1].elements.enumerated().map { i, s in Series(Self.label(a[2], i, "series"), values: s.doubles) }
            let chart = BarChart(categories: a[0].elements.map(\.string), series: series, yLabel: a[3].unwrapped?.string)
            return try Self.emit(c, Figure(.bar(chart), title: a[4].unwrapped?.string, caption: a[5].unwrapped?.string))
        })
    }

    /// Renders `figure` with the session's next id prefix and appends it to the block's outputs.
    static func emit(_ c: NativeContext, _ figure: Figure) throws -> Value {
        try emit(c, title: figure.title, caption: figure.caption) { figure.svg(idPrefix: $0) }
    }

    /// Appends the markup `render` makes with the session's next id prefix to the block's outputs.
    static func emit(_ c: NativeContext, title: String?, caption: String?, _ render: (String) throws -> String) throws -> Value {
        c.runtime.figureCount += 1
        c.runtime.emit(.figure(svg: try render("fig\(c.runtime.figureCount)"), title: title, caption: caption))
        return .void
    }

    /// The i-th label given, or a numbered default.
    static func label(_ labels: Value, _ i: Int, _ fallback: String) -> String {
        i < labels.elements.count ? labels.elements[i].string : "\(fallback) \(i + 1)"
    }

    /// The paths of 2-D runs, labelled.
    static func paths(_ c: NativeContext, _ runs: Value, _ labels: Value) throws -> [PointSeries] {
        try runs.elements.enumerated().map { i, run in
            let points = (run.native as? Run)?.points.map(\.scalars) ?? run.elements.map(\.doubles)
            try c.require(points.allSatisfy { $0.count == 2 }, "contour paths must be runs of a 2-D objective, or points [x, y]")
            return PointSeries(label(labels, i, "path"), points: points.map { (x: $0[0], y: $0[1]) })
        }
    }

    /// An axis range argument, refused unless its span (and so each bound) is finite: an axis over
    /// `-.infinity ... .infinity` has no scale to sample or draw on.
    static func axis(_ c: NativeContext, _ range: Value, _ name: String) throws -> ClosedRange<Double> {
        let range = range.native as! ClosedRange<Double>
        try c.require((range.upperBound - range.lowerBound).isFinite,
                      "the \(name) range \(range.lowerBound)...\(range.upperBound) of a figure must have a finite width")
        return range
    }

    /// A contour plot of `f` with arguments laid out as `contour`'s: x, y at 1, 2; levels, style at 5, 6; minimum at 8.
    static func contourPlot(_ c: NativeContext, _ f: @escaping (Double, Double) throws -> Double, _ a: [Value], animate: Bool,
                            paths: [PointSeries]) throws -> ContourPlot {
        let g = guarded { (p: (Double, Double)) in try f(p.0, p.1) }
        let isGrid = a.count == 9
        let minimum = isGrid ? nil : a[8].unwrapped.map { (x: $0.pair.0, y: $0.pair.1) }
        let plot = ContourPlot({ g.function(($0, $1)) }, x: try axis(c, a[1], "x"), y: try axis(c, a[2], "y"),
                               paths: paths, levels: a[isGrid ? 6 : 5].native as! ContourLevels,
                               style: isGrid ? .filledWithLines : a[6].native as! ContourStyle,
                               animation: animate ? Animation() : nil, minimum: minimum)
        try g.check()
        return plot
    }

    /// Draws a loss landscape over the principal plane of `snapshots`.
    static func landscape(_ c: NativeContext, _ snapshots: [Vector], _ loss: Guarded<[Double]>, animate: Bool,
                          _ title: Value, _ caption: Value) throws -> Value {
        try c.require(snapshots.count >= 3, "landscape needs at least 3 snapshots, got \(snapshots.count)")
        let plot = LandscapePlot(snapshots: snapshots.map(\.scalars), loss: loss.function, animation: animate ? Animation() : nil)
        try loss.check()
        return try emit(c, Figure(.landscape(plot), title: title.unwrapped?.string, caption: caption.unwrapped?.string))
    }

    /// Wraps a throwing function for Figures, which samples non-throwing ones: the first error is
    /// kept (NaN is drawn meanwhile) and rethrown by `check()` once the figure is built.
    static func guarded<T>(_ f: @escaping (T) throws -> Double) -> Guarded<T> { Guarded(f) }
}

/// A throwing function made non-throwing for sampling; see `Bindings.guarded(_:)`.
final class Guarded<T> {
    private let body: (T) throws -> Double
    private var failure: Error?

    /// Wraps `body`.
    init(_ body: @escaping (T) throws -> Double) { self.body = body }

    /// The function, NaN where `body` throws; after the first error it is no longer called.
    var function: (T) -> Double {
        { [self] x in
            guard failure == nil else { return .nan }
            do { return try body(x) } catch {
                failure = error
                return .nan
            }
        }
    }

    /// Rethrows the first error, if any.
    func check() throws {
        if let failure { throw failure }
    }
}
