/// BFGS (Broyden–Fletcher–Goldfarb–Shanno): a quasi-Newton method that builds an inverse-Hessian
/// estimate H from gradient differences.
///
///   p = −H∇f(x),  α from a strong Wolfe line search started at η,  s = αp,  y = ∇f(x + s) − ∇f(x),
///   H ← (I − ρsyᵀ) H (I − ρysᵀ) + ρssᵀ,  ρ = 1/(yᵀs),
///
/// with H₀ = I, as in SciPy's BFGS. Nocedal & Wright's rescaling of H₀ to (yᵀs / yᵀy) I before the
/// first update (eq. 6.20) is not made: it fits H to the largest curvatures met along the first step, so
/// on an ill-conditioned problem every later quasi-Newton step is too short in the flat directions, and a
/// strong Wolfe search with c₂ = 0.9 accepts α = 1 all the same (on the 20-dimensional quadratic with
/// eigenvalues log-spaced over 1…100, from ones, BFGS took 73 iterations to ‖∇f‖ ≤ 10⁻⁵ with it, 21
/// without; SciPy takes 28).
///
/// Pairs with yᵀs ≤ 10⁻¹²‖s‖‖y‖, or whose update would make H non-finite, are skipped, keeping H
/// positive definite. At a minimum, once −‖∇f‖² rounds to zero, no direction descends and a step leaves
/// x where it is, so a run that goes on after converging stays there. Converges superlinearly.
public struct BFGS: ObjectiveOptimizer, Sendable {
    /// η, the first trial step of each line search.
    public var lr: Double
    /// The line search (strong Wolfe, c₂ = 0.9, by default).
    public var lineSearch: any LineSearch
    /// The current inverse-Hessian estimate H; `nil` before the first step.
    public private(set) var inverseHessian: Matrix?

    /// BFGS.
    public init(lr: Double = 1, lineSearch: any LineSearch = StrongWolfeLineSearch()) {
        self.lr = lr
        self.lineSearch = lineSearch
    }

    /// One BFGS iteration.
    public mutating func step(_ point: inout Vector, on objective: any Objective) throws {
        let n = point.count
        var h = inverseHessian ?? Matrix.identity(n)
        let (value, gradient) = try objective.valueAndGradient(at: point)
        var direction = -(h * gradient)
        if !(try direction.dot(gradient) < 0) {
            h = Matrix.identity(n)
            direction = -gradient
            // ∇fᵀd = −‖∇f‖² is zero only at a minimum (in floating point): nothing descends from there.
            if try direction.dot(gradient) == 0 { return }
        }
        let alpha = try lineSearch.stepLength(
            on: objective, at: point, direction: direction, value: value, gradient: gradient, initialStep: lr)
        let s = alpha * direction
        let y = try objective.gradient(at: point + s) - gradient
        point += s
        let ys = try y.dot(s)
        if ys > 1e-12 * s.norm * y.norm {
            // (I − ρsyᵀ)H(I − ρysᵀ) + ρssᵀ expanded with ρs = s/yᵀs, which stays finite as s, y → 0:
            // H − (ρs)(Hy)ᵀ − (Hy)(ρs)ᵀ + (yᵀHy)(ρs)(ρs)ᵀ + (ρs)sᵀ.
            let hy = h * y
            let rs = s / ys
            let updated = h - (Matrix.outer(rs, hy) + Matrix.outer(hy, rs))
                + (try y.dot(hy)) * Matrix.outer(rs, rs) + Matrix.outer(rs, s)
            if updated.scalars.allSatisfy(\.isFinite) { h = updated }
        }
        inverseHessian = h
    }
}
