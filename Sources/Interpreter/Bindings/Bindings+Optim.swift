import Optim

/// Objectives, optimizers, schedules, line searches, the drivers and the data.
extension Bindings {
    /// The objective inside a value typed `any Objective`.
    func objective(_ v: Value) -> any Objective { v.native as! any Objective }

    /// A note closure `([Jet]) -> Jet` as the Swift function Optim differentiates.
    static func jetFunction(_ c: NativeContext, _ f: Value) -> ([Jet]) throws -> Jet {
        { xs in try evaluate(c, f, xs) }
    }

    /// Calls a note closure `([Jet]) -> Jet`.
    static func evaluate(_ c: NativeContext, _ f: Value, _ xs: [Jet]) throws -> Jet {
        guard case .function(let callable) = f,
              case .jet(let y) = try c.runtime.call(callable, .array(xs.map { .jet($0) }), c.at) else { return Jet(.nan) }
        return y
    }

    /// The type of note closures differentiated by Optim.
    static var jetClosure: SType { .function([.array(.jet)], .jet) }

    func registerObjectives() {
        // A least-squares objective has an objective's members, besides its residuals and
        // Jacobian (generated, see `registerGeneratedMembers`).
        addObjectiveMembers(types["Objective"]!)
        addObjectiveMembers(types["LeastSquaresObjective"]!)
        /// An objective conforming `also` to other protocols (`LeastSquaresObjective`).
        func define(_ name: String, also protocols: Set<String> = [], _ initializers: [NativeFunction]) -> NativeType {
            let t = self.define(name, protocols.union(["Objective"]))
            t.initializers = initializers
            addObjectiveMembers(t)
            return t
        }
        var rosenbrock: NativeType!
        rosenbrock = define("Rosenbrock", also: ["LeastSquaresObjective"], [native([param("a", .double, .double(1)), param("b", .double, .double(100)),
                                                   param("dimension", .int, .int(2))], .void) { c, a in
            try c.require(a[2].int >= 2, "Rosenbrock needs dimension ≥ 2, got \(a[2].int)")
            try c.requireSize(a[2].int)
            return rosenbrock.box(Rosenbrock(a: a[0].double, b: a[1].double, dimension: a[2].int))
        }])
        var rastrigin: NativeType!
        rastrigin = define("Rastrigin", [native([param("dimension", .int, .int(2)), param("amplitude", .double, .double(10))], .void) { c, a in
            try c.require(a[0].int >= 1, "Rastrigin needs dimension ≥ 1, got \(a[0].int)")
            try c.requireSize(a[0].int)
            return rastrigin.box(Rastrigin(dimension: a[0].int, amplitude: a[1].double))
        }])
        var quadratic: NativeType!
        quadratic = define("Quadratic", [
            native([param(nil, .matrix), param("b", .optional(.vector), Value.none)], .void, throwing: true) { _, a in
                quadratic.box(try Quadratic(a[0].matrix, b: a[1].unwrapped?.vector))
            },
            native([param("diagonal", .vector), param("b", .optional(.vector), Value.none)], .void) { c, a in
                let b = a[1].unwrapped?.vector
                try c.require(b == nil || b!.count == a[0].vector.count,
                              "quadratic with diagonal \(a[0].vector.shapeDescription) and b \(b?.shapeDescription ?? "")")
                return quadratic.box(Quadratic(diagonal: a[0].vector, b: b))
            },
        ])
        quadratic.methods["minimizer"] = [native([], .vector, throwing: true) { _, a in .vector(try (a[0].native as! Quadratic).minimizer()) }]
        var saddle: NativeType!
        saddle = define("Saddle", [native([], .void) { _, _ in saddle.box(Saddle()) }])
        var wavy: NativeType!
        wavy = define("WavyLine", [native([param("frequency", .double, .double(1))], .void) { _, a in
            wavy.box(WavyLine(frequency: a[0].double))
        }])
        var functionObjective: NativeType!
        functionObjective = define("FunctionObjective", [native([param("dimension", .int), param(nil, Self.jetClosure)], .void) { c, a in
            try c.require(a[0].int >= 1, "FunctionObjective needs dimension ≥ 1, got \(a[0].int)")
            // Forward-mode derivatives carry n partials in each of n variables: priced up front.
            try c.requireSize(a[0].int, a[0].int)
            return functionObjective.box(FunctionObjective(dimension: a[0].int, Self.jetFunction(c, a[1])))
        }])
        for t in [rosenbrock, rastrigin, quadratic, saddle, wavy, functionObjective] {
            for i in t!.initializers.indices { t!.initializers[i].result = .native(t!) }
        }
        function("gradient", native([param("of", Self.jetClosure), param("at", .vector)], .vector) { c, a in
            try c.requireSize(a[1].vector.count, a[1].vector.count)
            return .vector(try gradient(of: { try Self.evaluate(c, a[0], $0) }, at: a[1].vector))
        })
        function("hessian", native([param("of", Self.jetClosure), param("at", .vector)], .matrix) { c, a in
            try c.requireSize(a[1].vector.count, a[1].vector.count)
            return .matrix(try hessian(of: { try Self.evaluate(c, a[0], $0) }, at: a[1].vector))
        })
        function("valueAndGradient", native([param("of", Self.jetClosure), param("at", .vector)],
                                            .tuple([.double, .vector], labels: ["value", "gradient"])) { c, a in
            try c.requireSize(a[1].vector.count, a[1].vector.count)
            let (v, g) = try valueAndGradient(of: Self.jetFunction(c, a[0]), at: a[1].vector)
            return .tuple(TupleValue(elements: [.double(v), .vector(g)], labels: ["value", "gradient"]))
        })
        function("valueGradientAndHessian", native([param("of", Self.jetClosure), param("at", .vector)],
                                                   .tuple([.double, .vector, .matrix], labels: ["value", "gradient", "hessian"])) { c, a in
            try c.requireSize(a[1].vector.count, a[1].vector.count)
            let (v, g, h) = try valueGradientAndHessian(of: Self.jetFunction(c, a[0]), at: a[1].vector)
            return .tuple(TupleValue(elements: [.double(v), .vector(g), .matrix(h)], labels: ["value", "gradient", "hessian"]))
        })
    }

    /// `step(_:on:)` of every optimizer that steps on an objective, and `step(_:gradients:)` of
    /// every gradient optimizer, and of the protocols: one step from the point (or the parameter
    /// tensors), which is updated in place, as is the optimizer's state (a note's own loop over
    /// `BFGS` or `Adam`, say).
    func registerSteps() {
        for t in types.values where t.name == "ObjectiveOptimizer" || t.protocols.contains("ObjectiveOptimizer") {
            var step = updating([NativeParameter(label: nil, type: .vector, isInout: true), param("on", type("Objective"))], .void,
                                throwing: true) { [unowned self] c, a in
                guard var optimizer = a[0].native as? any ObjectiveOptimizer else { return .void }
                var point = a[1].vector
                // Priced as `minimize` prices these optimizers: an n×n matrix.
                try c.requireSize(point.count, point.count)
                try c.runtime.tick(c.at)
                try optimizer.step(&point, on: objective(a[2]))
                (a[0], a[1]) = (object(optimizer, declared: t.name), .vector(point))
                return .void
            }
            // The step makes a new box for the changed optimizer; the old one is never changed.
            step.copyForMutation = { $0 }
            t.methods["step"] = [step]
        }
        let tensors = SType.array(type("Tensor"))
        for t in types.values where t.name == "GradientOptimizer" || t.protocols.contains("GradientOptimizer") {
            var step = updating([NativeParameter(label: nil, type: tensors, isInout: true), param("gradients", tensors)], .void,
                                throwing: true) { [unowned self] c, a in
                guard var optimizer = a[0].native as? any GradientOptimizer else { return .void }
                var parameters = a[1].elements.map { $0.native as! Tensor }
                try c.runtime.tick(c.at)
                try optimizer.step(&parameters, gradients: a[2].elements.map { $0.native as! Tensor })
                (a[0], a[1]) = (object(optimizer, declared: t.name), .array(parameters.map(types["Tensor"]!.box)))
                return .void
            }
            step.copyForMutation = { $0 }
            t.methods["step"] = [step]
        }
    }

    /// `dimension`, `value(at:)`, `gradient(at:)`, `hessian(at:)`, `valueAndGradient(at:)`.
    private func addObjectiveMembers(_ t: NativeType) {
        t.properties["dimension"] = (.int, { [unowned self] in .int(objective($0).dimension) })
        func at(_ result: SType, _ body: @escaping (any Objective, Vector) throws -> Value) -> [NativeFunction] {
            // Each of Optim's objectives checks the point's size itself, with an error Swift's
            // program can catch; a note's objective does what its own code does.
            [native([param("at", .vector)], result, throwing: true) { [unowned self] _, a in try body(objective(a[0]), a[1].vector) }]
        }
        t.methods["value"] = at(.double) { .double(try $0.value(at: $1)) }
        t.methods["gradient"] = at(.vector) { .vector(try $0.gradient(at: $1)) }
        t.methods["hessian"] = at(.matrix) { .matrix(try $0.hessian(at: $1)) }
        t.methods["valueAndGradient"] = at(.tuple([.double, .vector], labels: ["value", "gradient"])) {
            let (v, g) = try $0.valueAndGradient(at: $1)
            return .tuple(TupleValue(elements: [.double(v), .vector(g)], labels: ["value", "gradient"]))
        }
    }

    func registerOptimizers() {
        let betas = param("betas", .tuple([.double, .double], labels: [nil, nil]), .pair(0.9, 0.999))
        func d(_ label: String, _ v: Double) -> NativeParameter { param(label, .double, .double(v)) }
        func b(_ label: String, _ v: Bool = false) -> NativeParameter { param(label, .bool, .bool(v)) }
        func optimizer(_ name: String, _ kind: String, _ parameters: [NativeParameter], throwing: Bool = false,
                       _ make: @escaping (NativeContext, [Value]) throws -> Any) {
            let t = define(name, [kind])
            t.initializers = [native(parameters, .native(t), throwing: throwing) { c, a in t.box(try make(c, a)) }]
            t.properties["lr"] = (.double, { v in
                .double((v.native as? any GradientOptimizer)?.lr ?? (v.native as? any ObjectiveOptimizer)?.lr ?? (v.native as? KFAC)?.lr ?? .nan)
            })
        }
        let g = "GradientOptimizer", o = "ObjectiveOptimizer"
        optimizer("SGD", g, [d("lr", 1e-3), d("momentum", 0), d("dampening", 0), d("weightDecay", 0), b("nesterov"), b("maximize")],
                  throwing: true) { _, a in
            try SGD(lr: a[0].double, momentum: a[1].double, dampening: a[2].double, weightDecay: a[3].double,
                    nesterov: a[4].bool, maximize: a[5].bool)
        }
        optimizer("Adam", g, [d("lr", 1e-3), betas, d("eps", 1e-8), d("weightDecay", 0), b("amsgrad"), b("maximize"),
                              b("decoupledWeightDecay")], throwing: true) { _, a in
            try Adam(lr: a[0].double, betas: a[1].pair, eps: a[2].double, weightDecay: a[3].double, amsgrad: a[4].bool,
                     maximize: a[5].bool, decoupledWeightDecay: a[6].bool)
        }
        optimizer("AdamW", g, [d("lr", 1e-3), betas, d("eps", 1e-8), d("weightDecay", 1e-2), b("amsgrad"), b("maximize")],
                  throwing: true) { _, a in
            try AdamW(lr: a[0].double, betas: a[1].pair, eps: a[2].double, weightDecay: a[3].double, amsgrad: a[4].bool,
                      maximize: a[5].bool)
        }
        optimizer("RMSprop", g, [d("lr", 1e-2), d("alpha", 0.99), d("eps", 1e-8), d("weightDecay", 0), d("momentum", 0),
                                 b("centered"), b("maximize")], throwing: true) { _, a in
            try RMSprop(lr: a[0].double, alpha: a[1].double, eps: a[2].double, weightDecay: a[3].double, momentum: a[4].double,
                        centered: a[5].bool, maximize: a[6].bool)
        }
        optimizer("Adagrad", g, [d("lr", 1e-2), d("lrDecay", 0), d("weightDecay", 0), d("initialAccumulatorValue", 0),
                                 d("eps", 1e-10), b("maximize")], throwing: true) { _, a in
            try Adagrad(lr: a[0].double, lrDecay: a[1].double, weightDecay: a[2].double, initialAccumulatorValue: a[3].double,
                        eps: a[4].double, maximize: a[5].bool)
        }
        optimizer("NAdam", g, [d("lr", 2e-3), betas, d("eps", 1e-8), d("weightDecay", 0), d("momentumDecay", 4e-3),
                               b("decoupledWeightDecay"), b("maximize")], throwing: true) { _, a in
            try NAdam(lr: a[0].double, betas: a[1].pair, eps: a[2].double, weightDecay: a[3].double,
                      momentumDecay: a[4].double, decoupledWeightDecay: a[5].bool, maximize: a[6].bool)
        }
        optimizer("RAdam", g, [d("lr", 1e-3), betas, d("eps", 1e-8), d("weightDecay", 0), b("decoupledWeightDecay"), b("maximize")],
                  throwing: true) { _, a in
            try RAdam(lr: a[0].double, betas: a[1].pair, eps: a[2].double, weightDecay: a[3].double,
                      decoupledWeightDecay: a[4].bool, maximize: a[5].bool)
        }
        optimizer("Adamax", g, [d("lr", 2e-3), betas, d("eps", 1e-8), d("weightDecay", 0), b("maximize")], throwing: true) { _, a in
            try Adamax(lr: a[0].double, betas: a[1].pair, eps: a[2].double, weightDecay: a[3].double, maximize: a[4].bool)
        }
        optimizer("AdaBelief", g, [d("lr", 1e-3), betas, d("eps", 1e-16), d("weightDecay", 0), b("decoupledWeightDecay", true)]) { _, a in
            AdaBelief(lr: a[0].double, betas: a[1].pair, eps: a[2].double, weightDecay: a[3].double, decoupledWeightDecay: a[4].bool)
        }
        optimizer("Lion", g, [d("lr", 1e-4), param("betas", .tuple([.double, .double], labels: [nil, nil]), .pair(0.9, 0.99)),
                              d("weightDecay", 0)]) { _, a in
            Lion(lr: a[0].double, betas: a[1].pair, weightDecay: a[2].double)
        }
        optimizer("Muon", g, [d("lr", 0.02), d("momentum", 0.95), b("nesterov", true), d("weightDecay", 0),
                              param("newtonSchulzSteps", .int, .int(5))]) { c, a in
            try c.require(a[4].int >= 0 && a[4].int <= 100, "Muon needs 0 ≤ newtonSchulzSteps ≤ 100, got \(a[4].int)")
            return Muon(lr: a[0].double, momentum: a[1].double, nesterov: a[2].bool, weightDecay: a[3].double,
                        newtonSchulzSteps: a[4].int)
        }
        types["Muon"]!.statics["orthogonalize"] = [native([param(nil, .matrix), param("steps", .int, .int(5))], .matrix) { c, a in
            let (g, steps) = (a[0].matrix, a[1].int)
            try c.require(steps >= 0 && steps <= 100, "Muon.orthogonalize needs 0 ≤ steps ≤ 100, got \(steps)")
            // It holds copies of the matrix and its Gram matrix (the smaller side squared).
            try c.requireSize(g.rows, g.cols)
            try c.requireSize(min(g.rows, g.cols), min(g.rows, g.cols))
            return .matrix(Muon.orthogonalize(g, steps: steps))
        }]
        optimizer("Shampoo", g, [d("lr", 0.1), d("epsilon", 1e-4)]) { _, a in Shampoo(lr: a[0].double, epsilon: a[1].double) }
        optimizer("KFAC", "", [d("lr", 0.05), d("damping", 1e-2), d("decay", 0.95)]) { _, a in
            KFAC(lr: a[0].double, damping: a[1].double, decay: a[2].double)
        }
        registerLineSearches()
        let search = type("LineSearch")
        optimizer("Newton", o, [d("lr", 1), param("lineSearch", .optional(search), Value.none)]) { _, a in
            Newton(lr: a[0].double, lineSearch: a[1].unwrapped?.native as? any LineSearch)
        }
        optimizer("GaussNewton", o, [d("lr", 1), param("lineSearch", .optional(search), Value.none)]) { _, a in
            GaussNewton(lr: a[0].double, lineSearch: a[1].unwrapped?.native as? any LineSearch)
        }
        optimizer("LevenbergMarquardt", o, [d("lr", 1), d("damping", 1e-3), d("factor", 10), param("maxTries", .int, .int(40))]) { _, a in
            LevenbergMarquardt(lr: a[0].double, damping: a[1].double, factor: a[2].double, maxTries: a[3].int)
        }
        optimizer("NaturalGradient", o, [d("lr", 1), d("damping", 1e-4)]) { _, a in NaturalGradient(lr: a[0].double, damping: a[1].double) }
        optimizer("NesterovLookahead", o, [d("lr", 0.01), d("momentum", 0.9)]) { _, a in
            NesterovLookahead(lr: a[0].double, momentum: a[1].double)
        }
        let wolfe = types["StrongWolfeLineSearch"]!
        optimizer("BFGS", o, [d("lr", 1), param("lineSearch", search, wolfe.box(StrongWolfeLineSearch()))]) { _, a in
            BFGS(lr: a[0].double, lineSearch: a[1].native as! any LineSearch)
        }
        optimizer("LBFGS", o, [d("lr", 1), param("memory", .int, .int(10)), param("lineSearch", search, wolfe.box(StrongWolfeLineSearch()))]) { c, a in
            try c.require(a[1].int > 0, "LBFGS needs memory > 0, got \(a[1].int)")
            return LBFGS(lr: a[0].double, memory: a[1].int, lineSearch: a[2].native as! any LineSearch)
        }
        optimizer("LinearConjugateGradient", o, [d("lr", 1)]) { _, a in LinearConjugateGradient(lr: a[0].double) }
        let formula = define("NonlinearConjugateGradient.Formula")
        formula.constants = ["fletcherReeves": formula.box(NonlinearConjugateGradient.Formula.fletcherReeves),
                             "polakRibiere": formula.box(NonlinearConjugateGradient.Formula.polakRibiere)]
        optimizer("NonlinearConjugateGradient", o, [param("formula", .native(formula), formula.constants["polakRibiere"]!), d("lr", 1),
                                                    param("lineSearch", search, wolfe.box(StrongWolfeLineSearch(curvature: 0.1)))]) { _, a in
            NonlinearConjugateGradient(formula: a[0].native as! NonlinearConjugateGradient.Formula, lr: a[1].double,
                                       lineSearch: a[2].native as! any LineSearch)
        }
    }

    private func registerLineSearches() {
        func search(_ name: String, _ parameters: [NativeParameter], _ make: @escaping ([Value]) -> any LineSearch) {
            let t = define(name, ["LineSearch"])
            t.initializers = [native(parameters, .native(t)) { _, a in t.box(make(a)) }]
        }
        search("BacktrackingLineSearch", [param("sufficientDecrease", .double, .double(1e-4)), param("shrink", .double, .double(0.5)),
                                          param("maxIterations", .int, .int(60))]) {
            BacktrackingLineSearch(sufficientDecrease: $0[0].double, shrink: $0[1].double, maxIterations: $0[2].int)
        }
        search("StrongWolfeLineSearch", [param("sufficientDecrease", .double, .double(1e-4)), param("curvature", .double, .double(0.9)),
                                         param("maxStep", .double, .double(1e10)), param("maxIterations", .int, .int(50))]) {
            StrongWolfeLineSearch(sufficientDecrease: $0[0].double, curvature: $0[1].double, maxStep: $0[2].double,
                                  maxIterations: $0[3].int)
        }
        search("GoldenSectionLineSearch", [param("tolerance", .double, .double(1e-10)), param("bracketScale", .double, .double(2))]) {
            GoldenSectionLineSearch(tolerance: $0[0].double, bracketScale: $0[1].double)
        }
        search("ExactQuadraticLineSearch", []) { _ in ExactQuadraticLineSearch() }
    }
}
