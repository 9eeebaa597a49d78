/// Trains a classifier by mini-batch stochastic optimisation:
///
///   θ₀ from the model's initialisation with RandomGenerator(seed);
///   each epoch: the same generator shuffles the training set into batches of `batchSize`;
///   each batch B: (L_B, ∇L_B) at θ, lr ← schedule(step), θ ← optimizer.step(θ, ∇L_B).
///
/// Everything but the elapsed time is a function of the arguments and the seed.
///
/// - Parameters:
///   - model: the classifier, which holds its training set (`data`).
///   - testData: the examples the per-epoch accuracy is measured on.
///   - optimizer: the optimizer that steps the parameters.
///   - epochs: passes over the training set.
///   - batchSize: examples per mini-batch.
///   - seed: the seed of the initialisation and of the shuffles.
///   - schedule: the learning rate per step; `nil` keeps the optimizer's.
///   - snapshotEvery: take a parameter snapshot every this many steps; `nil` for once per epoch.
/// - Throws: ``OptimError/diverged(step:value:)`` if a mini-batch loss is not finite or exceeds 10⁶ times
///   the first; ``OptimError/invalidArgument(_:)`` for non-positive epochs or batch size, an empty training
///   set, or a model that ``Classifier/checkedParameterCount()`` refuses.
public func train(
    _ model: some Classifier, testData: Dataset, using optimizer: some GradientOptimizer, epochs: Int, batchSize: Int,
    seed: UInt64, schedule: (any LearningRateSchedule)? = nil, snapshotEvery: Int? = nil
) throws -> TrainingRun {
    var optimizer = optimizer
    return try trainingLoop(model, testData: testData, epochs: epochs, batchSize: batchSize, seed: seed,
                            snapshotEvery: snapshotEvery) { parameters, batch, step in
        let (loss, gradients) = try model.lossAndGradients(parameters, batch: batch)
        if let schedule { optimizer.lr = schedule.learningRate(at: step) }
        try optimizer.step(&parameters, gradients: gradients)
        return loss
    }
}

/// Trains an ``MLPClassifier`` with ``KFAC``, which needs each layer's statistics besides the gradients;
/// otherwise exactly as the ``GradientOptimizer`` form.
public func train(
    _ model: MLPClassifier, testData: Dataset, using optimizer: KFAC, epochs: Int, batchSize: Int,
    seed: UInt64, schedule: (any LearningRateSchedule)? = nil, snapshotEvery: Int? = nil
) throws -> TrainingRun {
    var optimizer = optimizer
    return try trainingLoop(model, testData: testData, epochs: epochs, batchSize: batchSize, seed: seed,
                            snapshotEvery: snapshotEvery) { parameters, batch, step in
        let (loss, gradients, statistics) = try model.lossGradientsAndStatistics(parameters, batch: batch)
        if let schedule { optimizer.lr = schedule.learningRate(at: step) }
        try optimizer.step(&parameters, gradients: gradients, statistics: statistics)
        return loss
    }
}

/// The epoch/batch loop shared by both `train` forms; `update` performs one step on a batch and
/// returns that batch's loss before the step.
private func trainingLoop(
    _ model: some Classifier, testData: Dataset, epochs: Int, batchSize: Int, seed: UInt64, snapshotEvery: Int?,
    update: (inout [Tensor], [Int], Int) throws -> Double
) throws -> TrainingRun {
    guard epochs >= 0, batchSize > 0, (snapshotEvery ?? 1) > 0 else {
        throw OptimError.invalidArgument(
            "train needs epochs ≥ 0, batchSize > 0 and snapshotEvery > 0, got \(epochs), \(batchSize), \(snapshotEvery ?? 1)")
    }
    guard model.data.count > 0 else { throw OptimError.invalidArgument("train needs at least one training sample") }
    _ = try model.checkedParameterCount()
    let clock = ContinuousClock()
    let began = clock.now
    var rng = RandomGenerator(seed: seed)
    var parameters = model.initialParameters(using: &rng)
    var run = TrainingRun(
        stepLosses: [], trainAccuracy: [try model.accuracy(parameters, on: model.data)],
        testAccuracy: [try model.accuracy(parameters, on: testData)], snapshots: [Tensor.flatten(parameters)],
        finalParameters: parameters, elapsed: .zero)
    for _ in 0..<epochs {
        for batch in rng.miniBatches(count: model.data.count, batchSize: batchSize) {
            let step = run.stepLosses.count
            let loss = try update(&parameters, batch, step)
            try checkDivergence(loss, step: step, initial: run.stepLosses.first ?? loss)
            run.stepLosses.append(loss)
            if let snapshotEvery, (step + 1) % snapshotEvery == 0 { run.snapshots.append(Tensor.flatten(parameters)) }
        }
        if snapshotEvery == nil { run.snapshots.append(Tensor.flatten(parameters)) }
        run.trainAccuracy.append(try model.accuracy(parameters, on: model.data))
        run.testAccuracy.append(try model.accuracy(parameters, on: testData))
    }
    run.finalParameters = parameters
    run.elapsed = clock.now - began
    return run
}
