/// A first-order optimizer in the style of `torch.optim`: it owns its state (momentum buffers,
/// moment estimates, step counts) and updates parameters in place from their gradients.
///
/// State is created lazily on the first `step`, shaped like the parameters, exactly as torch does;
/// calling `step` with a different number or shape of parameters than the first call is a
/// programming error reported by `OptimError.shapeMismatch`.
public protocol GradientOptimizer {
    /// The learning rate used by the next step. Schedules assign it between steps.
    var lr: Double { get set }

    /// Applies one update: `parameters[i]` moves using `gradients[i]` (same shape).
    mutating func step(_ parameters: inout [Tensor], gradients: [Tensor]) throws
}
