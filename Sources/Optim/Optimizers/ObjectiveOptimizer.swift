/// An optimizer that queries the objective itself — values, gradients at other points, Hessians,
/// line searches — rather than receiving one gradient per step: Newton-type and quasi-Newton methods,
/// conjugate gradients, the natural gradient, and NAG in its look-ahead form.
///
/// State (an inverse-Hessian estimate, a search direction, a momentum buffer) lives in the optimizer
/// and is created on the first step. `minimize(_:from:using:steps:schedule:tolerance:)` accepts these
/// exactly as it accepts ``GradientOptimizer``s.
public protocol ObjectiveOptimizer {
    /// The step scale used by the next step (for line-search methods, the initial trial step);
    /// schedules assign it between steps.
    var lr: Double { get set }

    /// Moves `point` one iteration downhill on `objective`.
    mutating func step(_ point: inout Vector, on objective: any Objective) throws
}
