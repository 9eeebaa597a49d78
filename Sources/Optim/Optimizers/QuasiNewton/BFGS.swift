/// BFGS (Broyden–Fletcher–Goldfarb–Shanno): a quasi-Newton method that builds an inverse-Hessian
/// estimate H from gradient differences.
///
///   p = −H∇f(x),  α from a strong Wolfe line search started at η,  s = αp,  y = ∇f(x + s) − ∇f(x),
///   H ← (I − ρsyᵀ) H (I − ρysᵀ) + ρssᵀ,  ρ = 1/(yᵀs),
///
/// with H₀ = I and, before the first update, H rescaled to (yᵀs / yᵀy) I (Nocedal & Wright, eq. 6.20).
/// Pairs with yᵀs ≤ 10⁻¹²‖s‖‖y‖ are skipped, keeping H positive definite. Converges superlinearly.
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
        if gradient.norm == 0 { return }
        var direction = -(h * gradient)
        if try direction.dot(gradient) >= 0 {
            h = Matrix.identity(n)
            direction = -gradient
        }
        let alpha = try lineSearch.stepLength(
            on: objective, at: point, direction: direction, value: value, gradient: gradient, initialStep: lr)
        let s = alpha * direction
        let y = try objective.gradient(at: point + s) - gradient
        point += s
        let ys = try y.dot(s)
        if ys > 1e-12 * s.norm * y.norm {
            if inverseHessian == nil { h = (ys / y.squaredNorm) * Matrix.identity(n) }
            // (I − ρsyᵀ)H(I − ρysᵀ) + ρssᵀ expanded with ρs = s/yᵀs, which stays finite as s, y → 0:
            // H − (ρs)(Hy)ᵀ − (Hy)(ρs)ᵀ + (yᵀHy)(ρs)(ρs)ᵀ + (ρs)sᵀ.
            let hy = h * y
            let rs = s / ys
            h = h - (Matrix.outer(rs, hy) + Matrix.outer(hy, rs))
                + (try y.dot(hy)) * Matrix.outer(rs, rs) + Matrix.outer(rs, s)
        }
        inverseHessian = h
    }
}
