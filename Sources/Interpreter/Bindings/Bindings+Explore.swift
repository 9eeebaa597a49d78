import Figures
import Optim

/// Explorable figures: a block runs an experiment for every combination of a few parameter values
/// and draws one figure in which the reader picks the combination with sliders.
///
/// ```swift
/// let explored = explore(eta: [0.004, 0.008, 0.016], gamma: [0, 0.7, 0.9]) { eta, gamma in
///     try minimize(bowl, from: [-7, 1.5], using: SGD(lr: eta, momentum: gamma), steps: 400)
/// }
/// contour(bowl, x: -8...8, y: -2...2, explored: explored, label: "heavy ball", title: "…")
/// explored.best(by: .finalLoss)
/// ```
///
/// - `explore(name: values, …) { a, … in run }`: one to three parameters, named by their labels,
///   each with a list of values; the closure gets one value of each, in the order written, and
///   returns a `Run`. It runs for every combination (at most `maximumVariants`), first parameter
///   varying slowest, under the block's budget. A variant whose run throws (a divergence) is kept,
///   as failed, with the error's message.
/// - `Exploration`: `variants`, `count`, `best(by: .finalLoss | .steps)`.
/// - `ExploredVariant`: `values`, `value("eta")`, `run` (nil when it failed), `failure`,
///   `finalLoss`, `converged`, `stepsToConverge` (the first step from which ‖∇f‖ stays below
///   `convergenceFactor` times its value at the start, nil if it never does).
/// - `contour(f, x:, y:, explored:, label:, levels:, style:, animate:, minimum:, title:, caption:)` and
///   `plotFunction(f, x:, explored:, label:, title:, caption:)`: the figure, the map or curve drawn once
///   and one path per variant, with a slider per parameter, the chosen variant's numbers and a
///   table of all; the figure may add at most `explorableBudget` bytes to its page.
extension Bindings {
    /// The most variants one `explore` may run.
    static let maximumVariants = 64
    /// The most bytes one explorable figure may add to its page.
    static let explorableBudget = 1 << 20
    /// A run has converged from the step where ‖∇f‖ falls, for good, below this times ‖∇f(x₀)‖.
    static let convergenceFactor = 1e-6

    func registerExplore() {
        let run = types["Run"]!
        let variant = define("ExploredVariant")
        let exploration = define("Exploration")
        let measure = define("ExploreMeasure")
        measure.constants = ["finalLoss": measure.box(ExploreMeasure.finalLoss), "steps": measure.box(ExploreMeasure.steps)]
        func get(_ v: Value) -> ExploredVariant { v.native as! ExploredVariant }
        variant.properties = [
            "values": (.array(.double), { .doubles(get($0).values) }),
            "run": (.optional(.native(run)), { get($0).run.map { .some(run.box($0)) } ?? Value.none }),
            "failure": (.optional(.string), { get($0).failure.map { .some(.string($0)) } ?? Value.none }),
            "finalLoss": (.double, { .double(get($0).finalLoss) }),
            "converged": (.bool, { .bool(get($0).stepsToConverge != nil) }),
            "stepsToConverge": (.optional(.int), { get($0).stepsToConverge.map { .some(.int($0)) } ?? Value.none }),
        ]
        variant.methods["value"] = [native([param(nil, .string)], .double) { c, a in
            let v = get(a[0])
            guard let index = v.names.firstIndex(of: a[1].string) else {
                throw c.error("this exploration has no parameter '\(a[1].string)'; it has \(v.names.joined(separator: ", "))")
            }
            return .double(v.values[index])
        }]
        exploration.properties["variants"] = (.array(.native(variant)), { .array(($0.native as! Exploration).variants.map { variant.box($0) }) })
        exploration.properties["count"] = (.int, { .int(($0.native as! Exploration).variants.count) })
        exploration.methods["best"] = [native([param("by", .native(measure))], .native(variant)) { c, a in
            guard let best = (a[0].native as! Exploration).best(by: a[1].native as! ExploreMeasure) else {
                throw c.error("no variant of this exploration converged")
            }
            return variant.box(best)
        }]
        for count in 1...3 {
            let closure = param(nil, .function(Array(repeating: .double, count: count), .native(run)))
            var f = native(Array(repeating: param(nil, .array(.double)), count: count) + [closure], .native(exploration)) { c, a in
                exploration.box(try Self.explore(c, names: a[count + 1].elements.map(\.string),
                                                 values: a[..<count].map(\.doubles), closure: a[count]))
            }
            f.takesLabels = true
            function("explore", f)
        }
        registerExplorableFigures(exploration)
    }

    private func registerExplorableFigures(_ exploration: NativeType) {
        let title = [param("title", .optional(.string), Value.none), param("caption", .optional(.string), Value.none)]
        let explored = param("explored", .native(exploration))
        let label = param("label", .string, .string("path"))
        let contourParameters = [param(nil, type("Objective")), param("x", .native(doubleRange)), param("y", .native(doubleRange)), explored, label,
                                 param("levels", .native(types["ContourLevels"]!), types["ContourLevels"]!.constants["automatic"]!),
                                 param("style", .native(types["ContourStyle"]!), types["ContourStyle"]!.constants["filledWithLines"]!),
                                 param("animate", .bool, .bool(false)),
                                 param("minimum", .optional(.tuple([.double, .double], labels: [nil, nil])), Value.none)]
        function("contour", native(contourParameters + title, .void) { [unowned self] c, a in
            let objective = self.objective(a[0])
            let e = a[3].native as! Exploration
            let variants = try e.variants.map { v in
                let points = v.run?.points ?? []
                try c.require(points.allSatisfy { $0.count == 2 }, "contour paths must be runs of a 2-D objective")
                return points.isEmpty ? [] : [PointSeries(a[4].string, points: points.map { (x: $0[0], y: $0[1]) })]
            }
            let plot = try Self.contourPlot(c, { x, y in try objective.value(at: Vector([x, y])) }, a, animate: a[7].bool, paths: [])
            let chart = ExplorableChart(contour: plot, variants: variants)
            return try Self.emit(c, e, Figure(.explorable(chart), title: a[9].unwrapped?.string, caption: a[10].unwrapped?.string))
        })
        function("plotFunction", native([param(nil, type("Objective")), param("x", .native(doubleRange)), explored, label] + title, .void) {
            [unowned self] c, a in
            let objective = self.objective(a[0])
            let e = a[2].native as! Exploration
            let variants = try e.variants.map { v in
                let points = v.run?.points ?? []
                try c.require(points.allSatisfy { $0.count == 1 }, "plotFunction needs runs of a 1-D objective")
                return points.isEmpty ? [] : [(label: a[3].string, xs: points.map { $0[0] })]
            }
            let f = Self.guarded { (x: Double) in try objective.value(at: Vector([x])) }
            let chart = ExplorableChart(function: FunctionPlot(f.function, x: try Self.axis(c, a[1], "x")), f.function, variants: variants)
            try f.check()
            return try Self.emit(c, e, Figure(.explorable(chart), title: a[4].unwrapped?.string, caption: a[5].unwrapped?.string))
        })
    }

    /// Runs `closure` for every combination of `values`.
    private static func explore(_ c: NativeContext, names: [String], values: [[Double]], closure: Value) throws -> Exploration {
        for (name, list) in zip(names, values) {
            try c.require(!list.isEmpty, "'\(name)' needs at least one value")
            try c.require(list.allSatisfy(\.isFinite), "the values of '\(name)' must be finite")
            try c.require(Set(list).count == list.count, "the values of '\(name)' must differ")
        }
        let count = values.reduce(1) { $0 * min($1.count, maximumVariants + 1) }
        try c.require(count <= maximumVariants, "explore runs at most \(maximumVariants) variants, and "
                      + "\(values.map { "\($0.count)" }.joined(separator: " × ")) values make \(values.map(\.count).reduce(1, *))")
        var variants: [ExploredVariant] = []
        for index in 0..<count {
            var rest = index
            var chosen: [Double] = []
            for list in values.reversed() {
                chosen.append(list[rest % list.count])
                rest /= list.count
            }
            chosen.reverse()
            do {
                let run = try c.call(closure, chosen.map(Value.double)).native as! Run
                variants.append(ExploredVariant(names: names, values: chosen, run: run, failure: nil))
            } catch let error as InterpreterError where error.thrown != nil {
                variants.append(ExploredVariant(names: names, values: chosen, run: nil, failure: error.message))
            }
        }
        return Exploration(names: names, values: values, variants: variants)
    }

    /// Renders the explorable figure of `e` with the session's next id prefix, within the budget.
    private static func emit(_ c: NativeContext, _ e: Exploration, _ figure: Figure) throws -> Value {
        try emit(c, title: figure.title, caption: figure.caption) { id in
            let parameters = zip(e.names, e.values).map { ExplorableFigure.Parameter(name: $0, values: $1.map { "\($0)" }) }
            // Steps to converge are shown when some variant converged: under noise none does.
            let showsSteps = e.variants.contains { $0.stepsToConverge != nil }
            let rows = e.variants.map { v -> [String] in
                guard let run = v.run else { return ["— (\(v.failure ?? "failed"))"] + (showsSteps ? ["—"] : []) }
                let loss = v.finalLoss.isFinite ? ExplorableFigure.format(v.finalLoss) : "\(v.finalLoss) (diverged)"
                return [loss] + (showsSteps ? [v.stepsToConverge.map { "\($0)" } ?? "not within \(run.steps)"] : [])
            }
            let measures = ["final loss"] + (showsSteps ? ["steps to converge"] : [])
            let html = ExplorableFigure(parameters: parameters, measures: measures, rows: rows,
                                        figure: figure, selected: 0).html(idPrefix: id)
            try c.require(html.utf8.count <= explorableBudget,
                          "this explorable figure takes \(html.utf8.count / 1024) KiB, over the \(explorableBudget / 1024) KiB one may add "
                          + "to its page; explore fewer values or shorter runs")
            return html
        }
    }
}

/// What `Exploration.best(by:)` minimizes.
enum ExploreMeasure {
    /// The run's last loss.
    case finalLoss
    /// The steps until it converged.
    case steps
}

/// The runs of one `explore` call, one per combination of values.
struct Exploration {
    /// The parameters' names, as written.
    let names: [String]
    /// Each parameter's values.
    let values: [[Double]]
    /// The variants, first parameter varying slowest.
    let variants: [ExploredVariant]

    /// The variant that did best, among those that ran (and, by steps, converged); the first on a tie.
    func best(by measure: ExploreMeasure) -> ExploredVariant? {
        let scored = variants.compactMap { v -> (ExploredVariant, Double)? in
            switch measure {
            case .finalLoss: v.run == nil || v.finalLoss.isNaN ? nil : (v, v.finalLoss)
            case .steps: v.stepsToConverge.map { (v, Double($0)) }
            }
        }
        return scored.min { $0.1 < $1.1 }?.0
    }
}

/// One combination of values and its run.
struct ExploredVariant: CustomStringConvertible {
    /// The parameters' names.
    let names: [String]
    /// This variant's values, one per parameter.
    let values: [Double]
    /// The run, or nil when it threw.
    let run: Run?
    /// The error's message when the run threw.
    let failure: String?

    /// The last loss, NaN when the run failed.
    var finalLoss: Double { run?.finalLoss ?? .nan }

    /// The first step from which ‖∇f‖ stays below `Bindings.convergenceFactor` × ‖∇f(x₀)‖.
    var stepsToConverge: Int? {
        guard let norms = run?.gradientNorms, let first = norms.first else { return nil }
        let threshold = Bindings.convergenceFactor * first
        guard let last = norms.lastIndex(where: { !($0 <= threshold) }) else { return 0 }
        return last + 1 < norms.count ? last + 1 : nil
    }

    /// `eta = 0.003, beta = 0.9`.
    var description: String {
        zip(names, values).map { "\($0) = \($1)" }.joined(separator: ", ")
    }
}
