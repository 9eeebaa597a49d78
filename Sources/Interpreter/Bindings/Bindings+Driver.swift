import Optim

/// A `RandomGenerator` in a note's value. Its mutating methods change a copy that is stored back
/// (see `NativeFunction.copyForMutation`), so generators keep Swift's value semantics. It prints
/// as the generator: `RandomGenerator(s0: …, spareNormal: nil)`, with `Optim.` nested or debug-printed.
final class GeneratorBox: CustomStringConvertible, CustomDebugStringConvertible {
    /// The generator.
    var generator: RandomGenerator

    /// Boxes `generator`.
    init(_ generator: RandomGenerator) { self.generator = generator }

    /// What `print` shows of the generator.
    var description: String { String(describing: generator) }

    /// What `debugPrint` shows of the generator, and an array of generators.
    var debugDescription: String { String(reflecting: generator) }
}

/// The learning-rate schedule handed to Optim's drivers: it forwards to the note's schedule (or
/// keeps the optimizer's rate) and, once per step, charges the block's time budget, so a long
/// native run ends with the budget error instead of running on.
///
/// A schedule cannot throw, so an exhausted budget returns NaN, which stops the run at once
/// (as divergence); `run(_:)` then reports the budget error instead.
final class BudgetSchedule: LearningRateSchedule, @unchecked Sendable {
    private let base: (any LearningRateSchedule)?
    private let rate: () -> Double
    private let context: NativeContext
    private var failure: Error?

    /// A schedule giving `base`'s rates, or `rate` throughout when there is none.
    init(_ base: (any LearningRateSchedule)?, rate: @autoclosure @escaping () -> Double, _ context: NativeContext) {
        self.base = base
        self.rate = rate
        self.context = context
    }

    /// The schedule to hand the driver running `optimizer`: this one, but none for a note's own
    /// optimizer without a schedule, whose `lr` Swift's driver then neither sets nor reads before
    /// a step (the note's code charges the budget as it runs).
    func forDriver(of optimizer: Any) -> (any LearningRateSchedule)? {
        base == nil && optimizer is NoteValueBox ? nil : self
    }

    /// The rate for `step`, after charging the time budget.
    func learningRate(at step: Int) -> Double {
        guard failure == nil else { return .nan }
        do { try context.runtime.tick(context.at) } catch {
            failure = error
            return .nan
        }
        return base?.learningRate(at: step) ?? rate()
    }

    /// Runs an Optim driver with this schedule; the budget error wins over the divergence it causes.
    func run<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch {
            throw failure ?? error
        }
    }
}

/// `minimize`, `train`, their runs, schedules, data sets, models and the random generator.
extension Bindings {
    func registerDriver() {
        let run = define("Run")
        registerSchedules()
        let schedule = param("schedule", .optional(type("LearningRateSchedule")), Value.none)
        let tolerance = param("tolerance", .optional(.double), Value.none)
        for kind in ["GradientOptimizer", "ObjectiveOptimizer"] {
            let parameters = [param(nil, type("Objective")), param("from", .vector), param("using", type(kind)), param("steps", .int),
                              schedule, tolerance]
            function("minimize", native(parameters, .native(run), throwing: true) { [unowned self] c, a in
                let (f, start, steps) = (objective(a[0]), a[1].vector, a[3].int)
                try c.require(steps >= 0, "minimize needs steps ≥ 0, got \(steps)")
                try c.requireSize(steps, start.count + 3)
                let base = a[4].unwrapped?.native as? any LearningRateSchedule
                let tolerance = a[5].unwrapped?.double
                if let optimizer = a[2].native as? any GradientOptimizer {
                    let budget = BudgetSchedule(base, rate: optimizer.lr, c)
                    return run.box(try budget.run { try Self.minimize(f, start, optimizer, steps, budget.forDriver(of: optimizer), tolerance) })
                }
                let optimizer = a[2].native as! any ObjectiveOptimizer
                // These keep or build an n×n matrix (an inverse Hessian, a Hessian, a Jacobian's
                // normal matrix), priced before they start.
                try c.requireSize(start.count, start.count)
                let budget = BudgetSchedule(base, rate: optimizer.lr, c)
                return run.box(try budget.run { try Self.minimize(f, start, optimizer, steps, budget.forDriver(of: optimizer), tolerance) })
            })
        }
    }

    /// Optim's `minimize` with a first-order optimizer, opened from its existential.
    private static func minimize<O: GradientOptimizer>(_ f: any Objective, _ start: Vector, _ optimizer: O, _ steps: Int,
                                                       _ schedule: (any LearningRateSchedule)?, _ tolerance: Double?) throws -> Run {
        try Optim.minimize(f, from: start, using: optimizer, steps: steps, schedule: schedule, tolerance: tolerance)
    }

    /// Optim's `minimize` with an optimizer that queries the objective.
    private static func minimize<O: ObjectiveOptimizer>(_ f: any Objective, _ start: Vector, _ optimizer: O, _ steps: Int,
                                                        _ schedule: (any LearningRateSchedule)?, _ tolerance: Double?) throws -> Run {
        try Optim.minimize(f, from: start, using: optimizer, steps: steps, schedule: schedule, tolerance: tolerance)
    }

    /// Optim's `train` with a first-order optimizer, opened from the existentials.
    private static func train<M: Classifier, O: GradientOptimizer>(_ model: M, _ test: Dataset, _ optimizer: O, _ a: [Value],
                                                                    _ c: NativeContext) throws -> TrainingRun {
        let budget = BudgetSchedule(a[6].unwrapped?.native as? any LearningRateSchedule, rate: optimizer.lr, c)
        return try budget.run {
            try Optim.train(model, testData: test, using: optimizer, epochs: a[3].int, batchSize: a[4].int, seed: seed(a[5]),
                            schedule: budget.forDriver(of: optimizer), snapshotEvery: a[7].unwrapped?.int)
        }
    }

    private func registerSchedules() {
        func schedule(_ name: String, _ parameters: [NativeParameter], throwing: Bool = false,
                      _ make: @escaping (NativeContext, [Value]) throws -> any LearningRateSchedule) {
            let t = define(name, ["LearningRateSchedule"])
            t.initializers = [native(parameters, .native(t), throwing: throwing) { c, a in t.box(try make(c, a)) }]
        }
        schedule("ConstantSchedule", [param(nil, .double)]) { _, a in ConstantSchedule(a[0].double) }
        schedule("PiecewiseConstantSchedule", [param("boundaries", .array(.int)), param("values", .array(.double))], throwing: true) { _, a in
            try PiecewiseConstantSchedule(boundaries: a[0].elements.map(\.int), values: a[1].doubles)
        }
        schedule("ExponentialSchedule", [param("initial", .double), param("decay", .double)]) { _, a in
            ExponentialSchedule(initial: a[0].double, decay: a[1].double)
        }
        schedule("PolynomialSchedule", [param("initial", .double), param("rate", .double), param("power", .double, .double(1))]) { _, a in
            PolynomialSchedule(initial: a[0].double, rate: a[1].double, power: a[2].double)
        }
        schedule("CosineSchedule", [param("initial", .double), param("totalSteps", .int), param("minimum", .double, .double(0))]) { c, a in
            try c.require(a[1].int > 0, "CosineSchedule needs totalSteps > 0, got \(a[1].int)")
            return CosineSchedule(initial: a[0].double, totalSteps: a[1].int, minimum: a[2].double)
        }
        schedule("WarmupSchedule", [param("steps", .int), param("then", type("LearningRateSchedule"))]) { c, a in
            try c.require(a[0].int > 0, "WarmupSchedule needs steps > 0, got \(a[0].int)")
            return WarmupSchedule(steps: a[0].int, then: a[1].native as! any LearningRateSchedule)
        }
        let learningRate = [native([param("at", .int)], .double) { _, a in
            .double((a[0].native as! any LearningRateSchedule).learningRate(at: a[1].int))
        }]
        types["LearningRateSchedule"]!.methods["learningRate"] = learningRate
        for name in ["ConstantSchedule", "PiecewiseConstantSchedule", "ExponentialSchedule", "PolynomialSchedule", "CosineSchedule",
                     "WarmupSchedule"] {
            types[name]!.methods["learningRate"] = learningRate
        }
    }

    /// The number of elements of tensors of `shapes`, nil when it is past `Int.max`.
    static func exactCount(_ shapes: [[Int]]) -> Int? {
        var total = 0
        for shape in shapes {
            var size = 1
            for n in shape {
                let (product, overflow) = size.multipliedReportingOverflow(by: n)
                if overflow { return nil }
                size = product
            }
            let (sum, overflow) = total.addingReportingOverflow(size)
            if overflow { return nil }
            total = sum
        }
        return total
    }

    func registerData() {
        let dataset = define("Dataset")
        dataset.initializers = [
            native([param("features", .matrix), param("labels", .array(.int))], .native(dataset), throwing: true) { _, a in
                dataset.box(try Dataset(features: a[0].matrix, labels: a[1].elements.map(\.int)))
            },
            native([param("features", .matrix), param("targets", .vector)], .native(dataset), throwing: true) { _, a in
                dataset.box(try Dataset(features: a[0].matrix, targets: a[1].vector))
            },
        ]
        let split = SType.tuple([.native(dataset), .native(dataset)], labels: ["train", "test"])
        dataset.methods["split"] = [native([param("testFraction", .double), param("seed", seedType)], split) { c, a in
            try c.require((0...1).contains(a[1].double), "split: testFraction must be in [0, 1], got \(a[1].double)")
            let (train, test) = (a[0].native as! Dataset).split(testFraction: a[1].double, seed: Self.seed(a[2]))
            return .tuple(TupleValue(elements: [dataset.box(train), dataset.box(test)], labels: ["train", "test"]))
        }]
        dataset.methods["subset"] = [native([param(nil, .array(.int))], .native(dataset)) { c, a in
            let d = a[0].native as! Dataset
            let indices = a[1].elements.map(\.int)
            try c.require(indices.allSatisfy { $0 >= 0 && $0 < d.count }, "subset: indices must lie in 0..<\(d.count)")
            return dataset.box(d.subset(indices))
        }]
        let digits = define("Digits")
        digits.statics["load"] = [native([], .native(dataset), throwing: true) { _, _ in dataset.box(try Digits.load()) }]
        digits.constants["sampleCount"] = .int(Digits.sampleCount)

        let activation = define("MLPClassifier.Activation")
        activation.constants = ["tanh": activation.box(MLPClassifier.Activation.tanh), "relu": activation.box(MLPClassifier.Activation.relu)]
        let classCount = param("classCount", .optional(.int), Value.none)
        let mlp = define("MLPClassifier", ["Classifier"])
        mlp.initializers = [native([param("data", .native(dataset)), param("hiddenSizes", .array(.int)),
                                    param("activation", .native(activation), activation.constants["tanh"]!), classCount],
                                   .native(mlp)) { c, a in
            let model = MLPClassifier(data: a[0].native as! Dataset, hiddenSizes: a[1].elements.map(\.int),
                                      activation: a[2].native as! MLPClassifier.Activation, classCount: a[3].unwrapped?.int)
            // Optim reports a width of 0 from its throwing calls, where a `do`/`catch` catches it; a
            // negative one, which would trap where the parameters are made, a count past `Int.max`
            // and a model past the size cap stop the block here.
            let count = model.layerSizes.contains { $0 < 0 } ? nil : Self.exactCount(model.parameterShapes)
            try c.requireSize(try count ?? model.checkedParameterCount())
            return mlp.box(model)
        }]
        let softmax = define("SoftmaxRegression", ["Classifier"])
        softmax.initializers = [native([param("data", .native(dataset)), classCount], .native(softmax)) { c, a in
            let model = SoftmaxRegression(data: a[0].native as! Dataset, classCount: a[1].unwrapped?.int)
            try c.requireSize(try model.checkedParameterCount())
            return softmax.box(model)
        }]
        let logistic = define("LogisticRegression", ["Classifier", "Objective"])
        logistic.initializers = [native([param("data", .native(dataset)), param("l2", .double, .double(0))], .native(logistic),
                                        throwing: true) { _, a in
            logistic.box(try LogisticRegression(data: a[0].native as! Dataset, l2: a[1].double))
        }]
        let leastSquares = define("LeastSquaresRegression", ["Objective", "LeastSquaresObjective"])
        leastSquares.initializers = [native([param("data", .native(dataset))], .native(leastSquares)) { _, a in
            leastSquares.box(LeastSquaresRegression(data: a[0].native as! Dataset))
        }]
        registerTraining()
        registerRandom()
        registerClassifierMembers()
    }

    /// What a note's own training loop needs of a model, on the model's parameter tensors:
    /// `initialParameters(using:)`, `lossAndGradients(_:batch:)`, `loss(_:batch:)`,
    /// `fullLoss(_:)`, `predict(_:features:)` and `accuracy(_:on:)`. A batch's indices are checked
    /// against the model's data here, where Optim would trap.
    private func registerClassifierMembers() {
        let tensor = types["Tensor"]!, random = types["RandomGenerator"]!, dataset = type("Dataset")
        let tensors = SType.array(.native(tensor))
        func parameters(_ v: Value) -> [Tensor] { v.elements.map { $0.native as! Tensor } }
        func batch(_ c: NativeContext, _ model: any Classifier, _ v: Value) throws -> [Int] {
            let indices = v.elements.map(\.int), count = model.data.count
            try c.require(indices.allSatisfy { $0 >= 0 && $0 < count }, "batch: indices must lie in 0..<\(count)")
            return indices
        }
        for t in types.values where t.name == "Classifier" || t.protocols.contains("Classifier") {
            func model(_ v: Value) -> any Classifier { v.native as! any Classifier }
            t.methods["initialParameters"] = [updating([NativeParameter(label: "using", type: .native(random), isInout: true)], tensors,
                                                       throwing: false) { c, a in
                let m = model(a[0])
                try c.requireSize(try m.checkedParameterCount())
                var generator = (a[1].native as! GeneratorBox).generator
                let initial = m.initialParameters(using: &generator)
                a[1] = random.box(GeneratorBox(generator))
                return .array(initial.map(tensor.box))
            }]
            t.methods["lossAndGradients"] = [native([param(nil, tensors), param("batch", .array(.int))],
                                                    .tuple([.double, tensors], labels: ["loss", "gradients"]), throwing: true) { c, a in
                let m = model(a[0])
                let (loss, gradients) = try m.lossAndGradients(parameters(a[1]), batch: try batch(c, m, a[2]))
                return .tuple(TupleValue(elements: [.double(loss), .array(gradients.map(tensor.box))], labels: ["loss", "gradients"]))
            }]
            t.methods["loss"] = [native([param(nil, tensors), param("batch", .array(.int))], .double, throwing: true) { c, a in
                let m = model(a[0])
                return .double(try m.loss(parameters(a[1]), batch: try batch(c, m, a[2])))
            }]
            t.methods["fullLoss"] = [native([param(nil, tensors)], .double, throwing: true) { _, a in
                .double(try model(a[0]).fullLoss(parameters(a[1])))
            }]
            t.methods["predict"] = [native([param(nil, tensors), param("features", .matrix)], .array(.int), throwing: true) { _, a in
                .array(try model(a[0]).predict(parameters(a[1]), features: a[2].matrix).map { .int($0) })
            }]
            t.methods["accuracy"] = [native([param(nil, tensors), param("on", dataset)], .double, throwing: true) { _, a in
                .double(try model(a[0]).accuracy(parameters(a[1]), on: a[2].native as! Dataset))
            }]
        }
    }

    /// The type of Optim's `seed:` parameters, `UInt64`.
    var seedType: SType { .native(fixedWidth["UInt64"]!.type) }

    /// A seed argument, a `UInt64`.
    static func seed(_ v: Value) -> UInt64 { v.native as! UInt64 }

    private func registerTraining() {
        let run = define("TrainingRun")
        func parameters(_ model: SType, _ optimizer: SType) -> [NativeParameter] {
            [param(nil, model), param("testData", type("Dataset")), param("using", optimizer), param("epochs", .int),
             param("batchSize", .int), param("seed", seedType), param("schedule", .optional(type("LearningRateSchedule")), Value.none),
             param("snapshotEvery", .optional(.int), Value.none)]
        }
        function("train", native(parameters(type("Classifier"), type("GradientOptimizer")), .native(run), throwing: true) { c, a in
            let model = a[0].native as! any Classifier
            try c.require(a[3].int >= 0 && a[4].int > 0, "train needs epochs ≥ 0 and batchSize > 0")
            try c.requireSize(a[3].int, model.data.count)
            let optimizer = a[2].native as! any GradientOptimizer
            return run.box(try Self.train(model, a[1].native as! Dataset, optimizer, a, c))
        })
        function("train", native(parameters(type("MLPClassifier"), type("KFAC")), .native(run), throwing: true) { c, a in
            let model = a[0].native as! MLPClassifier
            try c.require(a[3].int >= 0 && a[4].int > 0, "train needs epochs ≥ 0 and batchSize > 0")
            try c.requireSize(a[3].int, model.data.count)
            let optimizer = a[2].native as! KFAC
            let budget = BudgetSchedule(a[6].unwrapped?.native as? any LearningRateSchedule, rate: optimizer.lr, c)
            return run.box(try budget.run {
                try Optim.train(model, testData: a[1].native as! Dataset, using: optimizer, epochs: a[3].int, batchSize: a[4].int,
                                seed: Self.seed(a[5]), schedule: budget, snapshotEvery: a[7].unwrapped?.int)
            })
        })
    }

    private func registerRandom() {
        let random = define("RandomGenerator")
        let seed = self.seed
        random.initializers = [
            native([param("seed", seedType)], .native(random)) { _, a in random.box(GeneratorBox(RandomGenerator(seed: Self.seed(a[0])))) },
            native([], .native(random)) { _, _ in random.box(GeneratorBox(RandomGenerator(seed: seed))) },
        ]
        func method(_ name: String, _ parameters: [NativeParameter], _ result: SType,
                    _ body: @escaping (NativeContext, inout RandomGenerator, [Value]) throws -> Value) {
            var overload = native(parameters, result) { c, a in
                let box = a[0].native as! GeneratorBox
                return try body(c, &box.generator, Array(a.dropFirst()))
            }
            overload.copyForMutation = { random.box(GeneratorBox(($0.native as! GeneratorBox).generator)) }
            random.methods[name, default: []].append(overload)
        }
        method("uniform", [], .double) { _, g, _ in .double(g.uniform()) }
        method("uniform", [param("in", .native(halfOpenDoubleRange))], .double) { _, g, a in
            .double(g.uniform(in: a[0].native as! Range<Double>))
        }
        let uint64 = fixedWidth["UInt64"]!.type
        method("next", [], .native(uint64)) { _, g, _ in uint64.box(g.next()) }
        method("normal", [], .double) { _, g, _ in .double(g.normal()) }
        method("normal", [param("mean", .double), param("standardDeviation", .double)], .double) { _, g, a in
            .double(g.normal(mean: a[0].double, standardDeviation: a[1].double))
        }
        method("int", [param("below", .int)], .int) { c, g, a in
            try c.require(a[0].int > 0, "RandomGenerator.int(below:) needs n > 0, got \(a[0].int)")
            return .int(g.int(below: a[0].int))
        }
        // `rng.shuffle(&order)`: Optim's Fisher–Yates on the array's elements, whatever they are.
        for element in [SType.int, .double, .string] {
            var shuffle = updating([NativeParameter(label: nil, type: .array(element), isInout: true)], .void) { _, a in
                var xs = a[1].elements
                (a[0].native as! GeneratorBox).generator.shuffle(&xs)
                a[1] = .array(xs)
                return .void
            }
            shuffle.copyForMutation = { random.box(GeneratorBox(($0.native as! GeneratorBox).generator)) }
            random.methods["shuffle", default: []].append(shuffle)
        }
        method("permutation", [param(nil, .int)], .array(.int)) { c, g, a in
            try c.requireSize(a[0].int)
            return .array(g.permutation(a[0].int).map { .int($0) })
        }
        method("miniBatches", [param("count", .int), param("batchSize", .int)], .array(.array(.int))) { c, g, a in
            try c.require(a[1].int > 0, "miniBatches needs batchSize > 0, got \(a[1].int)")
            try c.requireSize(a[0].int)
            return .array(g.miniBatches(count: a[0].int, batchSize: a[1].int).map { .array($0.map { .int($0) }) })
        }
        method("normalVector", [param("count", .int), param("standardDeviation", .double, .double(1))], .vector) { c, g, a in
            try c.requireSize(a[0].int)
            return .vector(g.normalVector(count: a[0].int, standardDeviation: a[1].double))
        }
        method("normalMatrix", [param("rows", .int), param("cols", .int), param("standardDeviation", .double, .double(1))], .matrix) { c, g, a in
            try c.require(a[0].int >= 0 && a[1].int >= 0, "a matrix needs rows ≥ 0 and cols ≥ 0")
            try c.requireSize(a[0].int, a[1].int)
            return .matrix(g.normalMatrix(rows: a[0].int, cols: a[1].int, standardDeviation: a[2].double))
        }
    }
}
