import Figures
import Optim

/// Optim's conveniences for authors: the overloads taking plain arrays
/// (`Sources/Optim/Linear/PlainArrays.swift`), tried after the `Vector` and `Matrix` ones so an
/// array literal still becomes a `Vector`; line searches as implicit members (`.strongWolfe`); and
/// `GradientDescent` with a line search; `Run(points:on:)` for iterates computed by hand;
/// `plot(x:y:)` for a curve given by its points; the members of `ClosedRange<Double>` and
/// `Range<Double>`.
extension Bindings {
    /// Registers the conveniences; runs last, as it extends types the other registrations define.
    func registerConveniences() {
        let lineSearch = types["LineSearch"]!
        lineSearch.constants = [
            "strongWolfe": types["StrongWolfeLineSearch"]!.box(StrongWolfeLineSearch.strongWolfe),
            "backtracking": types["BacktrackingLineSearch"]!.box(BacktrackingLineSearch.backtracking),
            "goldenSection": types["GoldenSectionLineSearch"]!.box(GoldenSectionLineSearch.goldenSection),
            "exactQuadratic": types["ExactQuadraticLineSearch"]!.box(ExactQuadraticLineSearch.exactQuadratic),
        ]
        let descent = define("GradientDescent", ["ObjectiveOptimizer"])
        descent.initializers = [native([param("lr", .double, .double(1)),
                                        param("lineSearch", .native(lineSearch), types["BacktrackingLineSearch"]!.box(BacktrackingLineSearch()))],
                                       .native(descent)) { _, a in
            descent.box(GradientDescent(lr: a[0].double, lineSearch: a[1].native as! any LineSearch))
        }]
        let run = types["Run"]!
        run.initializers = [
            native([param("points", .array(.vector)), param("on", type("Objective"))], .native(run), throwing: true) { _, a in
                run.box(try Run(points: a[0].elements.map(\.vector), on: a[1].native as! any Objective))
            },
            native([param("points", .array(.array(.double))), param("on", type("Objective"))], .native(run), throwing: true) { _, a in
                run.box(try Run(points: a[0].elements.map(\.doubles), on: a[1].native as! any Objective))
            },
        ]
        function("plot", native([param("x", .array(.double)), param("y", .array(.double)), param("label", .string, .string("")),
                                 param("xLabel", .optional(.string), Value.none), param("yLabel", .optional(.string), Value.none),
                                 param("title", .optional(.string), Value.none), param("caption", .optional(.string), Value.none)],
                                .void) { c, a in
            let (xs, ys) = (a[0].doubles, a[1].doubles)
            try c.require(xs.count == ys.count, "plot(x:y:) needs as many x as y values, got \(xs.count) and \(ys.count)")
            let plot = LinePlot([Series(a[2].string, values: ys, steps: xs)], xLabel: a[3].unwrapped?.string, yLabel: a[4].unwrapped?.string)
            return try Self.emit(c, Figure(.line(plot), title: a[5].unwrapped?.string, caption: a[6].unwrapped?.string))
        })
        rangeMembers(doubleRange, \ClosedRange<Double>.lowerBound, \.upperBound, \.isEmpty)
        rangeMembers(halfOpenDoubleRange, \Range<Double>.lowerBound, \.upperBound, \.isEmpty)
        descent.properties["lr"] = (.double, { .double(($0.native as! GradientDescent).lr) })
        vectorType.initializers.append(native([param("zeros", .int)], .vector) { c, a in
            try c.requireSize(a[0].int)
            return .vector(Vector(zeros: a[0].int))
        })
        matrixType.initializers.append(native([param("diagonal", .vector)], .matrix) { c, a in
            try c.requireSize(a[0].vector.count, a[0].vector.count)
            return .matrix(Matrix(diagonal: a[0].vector))
        })
        matrixType.initializers.append(native([param("diagonal", .array(.double))], .matrix) { c, a in
            try c.requireSize(a[0].doubles.count, a[0].doubles.count)
            return .matrix(Matrix(diagonal: a[0].doubles))
        })
        let quadratic = types["Quadratic"]!
        quadratic.initializers.append(native([param("diagonal", .array(.double)), param("b", .optional(.array(.double)), Value.none)],
                                             .native(quadratic)) { c, a in
            let (d, b) = (a[0].doubles, a[1].unwrapped?.doubles)
            try c.require(b == nil || b!.count == d.count, "quadratic with diagonal [\(d.count)] and b [\(b?.count ?? 0)]")
            try c.requireSize(d.count, d.count)
            return quadratic.box(Quadratic(diagonal: d, b: b))
        })
        quadratic.initializers.append(native([param(nil, .array(.array(.double))), param("b", .optional(.array(.double)), Value.none)],
                                             .native(quadratic), throwing: true) { _, a in
            quadratic.box(try Quadratic(a[0].elements.map(\.doubles), b: a[1].unwrapped?.doubles))
        })
        function("gradient", native([param("of", Self.jetClosure), param("at", .array(.double))], .vector) { c, a in
            .vector(try gradient(of: { try Self.evaluate(c, a[0], $0) }, at: a[1].doubles))
        })
    }

    /// Registers `lowerBound`, `upperBound`, `isEmpty` and `contains(_:)` of the range type `t`,
    /// whose values are boxed `R`s.
    private func rangeMembers<R: RangeExpression<Double>>(_ t: NativeType, _ lower: KeyPath<R, Double>, _ upper: KeyPath<R, Double>,
                                                          _ isEmpty: KeyPath<R, Bool>) {
        t.properties["lowerBound"] = (.double, { .double(($0.native as! R)[keyPath: lower]) })
        t.properties["upperBound"] = (.double, { .double(($0.native as! R)[keyPath: upper]) })
        t.properties["isEmpty"] = (.bool, { .bool(($0.native as! R)[keyPath: isEmpty]) })
        t.methods["contains"] = [native([param(nil, .double)], .bool) { _, a in .bool((a[0].native as! R).contains(a[1].double)) }]
    }

}
