/// Linear conjugate gradients for a quadratic f(x) = ½xᵀAx + bᵀx with A symmetric positive definite
/// (equivalently, solving Ax = −b). Each step minimises f exactly along a direction A-conjugate to
/// all previous ones, so it terminates in at most n steps in exact arithmetic:
///
///   r₀ = −∇f(x₀), p₀ = r₀;   αₖ = rₖᵀrₖ / pₖᵀApₖ,  xₖ₊₁ = xₖ + η αₖ pₖ,
///   rₖ₊₁ = rₖ − αₖApₖ,  βₖ = rₖ₊₁ᵀrₖ₊₁ / rₖᵀrₖ,  pₖ₊₁ = rₖ₊₁ + βₖpₖ.
///
/// A is read as ∇²f(x) at the current point (constant for a quadratic). η = 1 is the method; other
/// values scale the step and break finite termination.
public struct LinearConjugateGradient: ObjectiveOptimizer, Sendable {
    /// η, a scale on the exact step (1 by default).
    public var lr: Double

    private var residual: Vector?
    private var direction: Vector?

    /// Linear CG.
    public init(lr: Double = 1) {
        self.lr = lr
    }

    /// One CG iteration.
    ///
    /// - Throws: ``OptimError/invalidArgument(_:)`` if pᵀAp ≤ 0 (A is not positive definite).
    public mutating func step(_ point: inout Vector, on objective: any Objective) throws {
        let r = try residual ?? -(objective.gradient(at: point))
        let p = direction ?? r
        let rr = r.squaredNorm
        if rr == 0 { return }
        let ap = try objective.hessian(at: point) * p
        let curvature = try p.dot(ap)
        guard curvature > 0 else {
            throw OptimError.invalidArgument("linear CG needs a positive definite Hessian, pᵀAp = \(curvature)")
        }
        let alpha = rr / curvature
        point += lr * alpha * p
        let next = r - alpha * ap
        residual = next
        direction = next + (next.squaredNorm / rr) * p
    }
}
