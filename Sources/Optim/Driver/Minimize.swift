/// Minimises a deterministic objective with a first-order optimizer:
///
///   for k = 0 … steps−1:  gₖ = ∇f(xₖ);  lr ← schedule(k);  xₖ₊₁ = optimizer.step(xₖ, gₖ).
///
/// The point is handed to the optimizer as one rank-1 ``Tensor``. The run stops early when
/// ‖∇f(xₖ)‖₂ ≤ `tolerance`.
///
/// - Throws: ``OptimError/diverged(step:value:)`` as soon as a loss is NaN or ±∞, or
///   |f(xₖ)| > 10⁶·max(|f(x₀)|, 1), naming the step k and the loss; never returns silent NaNs.
///   Errors of the optimizer or objective propagate.
public func minimize(
    _ objective: any Objective, from start: Vector, using optimizer: some GradientOptimizer, steps: Int,
    schedule: (any LearningRateSchedule)? = nil, tolerance: Double? = nil
) throws -> Run {
    var optimizer = optimizer
    return try drive(objective, from: start, steps: steps, schedule: schedule, tolerance: tolerance) { x, gradient, rate in
        if let rate { optimizer.lr = rate }
        var parameters = [Tensor(x)]
        try optimizer.step(&parameters, gradients: [Tensor(gradient)])
        x = Vector(flattening: parameters[0])
        return optimizer.lr
    }
}

/// Minimises a deterministic objective with an optimizer that queries the objective (Newton, BFGS, CG, …):
///
///   for k = 0 … steps−1:  lr ← schedule(k);  xₖ₊₁ = optimizer.step(xₖ, f).
///
/// Recording, early stopping and divergence are as for the ``GradientOptimizer`` form.
public func minimize(
    _ objective: any Objective, from start: Vector, using optimizer: some ObjectiveOptimizer, steps: Int,
    schedule: (any LearningRateSchedule)? = nil, tolerance: Double? = nil
) throws -> Run {
    var optimizer = optimizer
    return try drive(objective, from: start, steps: steps, schedule: schedule, tolerance: tolerance) { x, _, rate in
        if let rate { optimizer.lr = rate }
        try optimizer.step(&x, on: objective)
        return optimizer.lr
    }
}

/// The loop shared by both `minimize` forms; `advance` takes a step from x given ∇f(x) and the
/// scheduled rate, and returns the rate it used.
private func drive(
    _ objective: any Objective, from start: Vector, steps: Int, schedule: (any LearningRateSchedule)?,
    tolerance: Double?, advance: (inout Vector, Vector, Double?) throws -> Double
) throws -> Run {
    guard steps >= 0 else { throw OptimError.invalidArgument("minimize needs steps ≥ 0, got \(steps)") }
    try objective.checkDimension(of: start)
    let clock = ContinuousClock()
    let began = clock.now
    var x = start
    var (loss, gradient) = try objective.valueAndGradient(at: x)
    try checkDivergence(loss, step: 0, initial: loss)
    let initial = loss
    var run = Run(points: [x], losses: [loss], gradientNorms: [gradient.norm], learningRates: [],
                  converged: false, elapsed: .zero)
    for k in 0..<steps {
        if let tolerance, gradient.norm <= tolerance {
            run.converged = true
            break
        }
        let rate = try advance(&x, gradient, schedule?.learningRate(at: k))
        (loss, gradient) = try objective.valueAndGradient(at: x)
        try checkDivergence(x.isFinite ? loss : .nan, step: k + 1, initial: initial)
        run.points.append(x)
        run.losses.append(loss)
        run.gradientNorms.append(gradient.norm)
        run.learningRates.append(rate)
    }
    if let tolerance, !run.converged, gradient.norm <= tolerance { run.converged = true }
    run.elapsed = clock.now - began
    return run
}

/// Throws ``OptimError/diverged(step:value:)`` if `loss` is not finite or |loss| > 10⁶·max(|initial|, 1).
func checkDivergence(_ loss: Double, step: Int, initial: Double) throws {
    if !loss.isFinite || Swift.abs(loss) > 1e6 * Swift.max(Swift.abs(initial), 1) {
        throw OptimError.diverged(step: step, value: loss)
    }
}
