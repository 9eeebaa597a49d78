import Optim

/// An ``MLPClassifier``'s parameters, gradient and exact Hessian-vector products as flat vectors
/// (the layout of `TrainingRun.snapshots`), so a note can run its own loop and measure curvature
/// along it: `net.initialParameters(seed: 5)`, `net.gradient(at: θ)`, `net.valueAndGradient(at: θ)`,
/// `net.hessianVectorProduct(at: θ, direction: v)`, the last two on the whole training set unless
/// `batch:` names the samples.
extension Bindings {
    func registerCurvature() {
        let mlp = types["MLPClassifier"]!
        let batch = param("batch", .optional(.array(.int)), Value.none)
        /// The model, its parameters unflattened from `at`, and the batch (all samples when none).
        func arguments(_ c: NativeContext, _ a: [Value]) throws -> (MLPClassifier, [Tensor], [Int]) {
            let model = a[0].native as! MLPClassifier
            let template = model.parameterShapes.map { Tensor(repeating: 0, shape: $0) }
            let samples = a[a.count - 1].unwrapped.map { $0.elements.map(\.int) } ?? Array(0..<model.data.count)
            try c.require(!samples.isEmpty && samples.allSatisfy { $0 >= 0 && $0 < model.data.count },
                          "batch must be non-empty indices in 0..<\(model.data.count)")
            return (model, try Tensor.unflatten(a[1].vector, like: template), samples)
        }
        // Beside Optim's `initialParameters(using:)`, which gives the tensors.
        mlp.methods["initialParameters", default: []].append(native([param("seed", seedType)], .vector) { _, a in
            var rng = RandomGenerator(seed: Self.seed(a[1]))
            return .vector(Tensor.flatten((a[0].native as! MLPClassifier).initialParameters(using: &rng)))
        })
        mlp.methods["gradient"] = [native([param("at", .vector), batch], .vector, throwing: true) { c, a in
            let (model, parameters, samples) = try arguments(c, a)
            return .vector(Tensor.flatten(try model.lossAndGradients(parameters, batch: samples).gradients))
        }]
        let pair = SType.tuple([.double, .vector], labels: ["value", "gradient"])
        mlp.methods["valueAndGradient"] = [native([param("at", .vector), batch], pair, throwing: true) { c, a in
            let (model, parameters, samples) = try arguments(c, a)
            let (loss, gradients) = try model.lossAndGradients(parameters, batch: samples)
            return .tuple(TupleValue(elements: [.double(loss), .vector(Tensor.flatten(gradients))], labels: ["value", "gradient"]))
        }]
        mlp.methods["hessianVectorProduct"] = [native([param("at", .vector), param("direction", .vector), batch], .vector,
                                                      throwing: true) { c, a in
            let (model, parameters, samples) = try arguments(c, a)
            let direction = try Tensor.unflatten(a[2].vector, like: parameters)
            return .vector(Tensor.flatten(try model.hessianVectorProduct(parameters, direction: direction, batch: samples)))
        }]
    }
}
