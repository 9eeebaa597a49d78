/// A line search for the strong Wolfe conditions (Nocedal & Wright, Algorithms 3.5 and 3.6):
///
///   f(x + αd) ≤ f(x) + c₁α∇fᵀd   and   |∇f(x + αd)ᵀd| ≤ c₂|∇fᵀd|,
///
/// by expanding α until the minimum is bracketed, then zooming in with safeguarded cubic
/// interpolation. Defaults c₁ = 10⁻⁴, c₂ = 0.9 (quasi-Newton); use c₂ = 0.1 for nonlinear CG.
public struct StrongWolfeLineSearch: LineSearch {
    /// c₁, sufficient decrease.
    public var sufficientDecrease: Double
    /// c₂ ∈ (c₁, 1), curvature.
    public var curvature: Double
    /// The largest step tried.
    public var maxStep: Double
    /// Iterations allowed in each of the bracketing and zoom phases (none if not positive: α is the first
    /// trial step).
    public var maxIterations: Int

    /// A strong Wolfe line search.
    public init(sufficientDecrease: Double = 1e-4, curvature: Double = 0.9, maxStep: Double = 1e10, maxIterations: Int = 50) {
        self.sufficientDecrease = sufficientDecrease
        self.curvature = curvature
        self.maxStep = maxStep
        self.maxIterations = maxIterations
    }

    private struct Sample {
        let alpha: Double, value: Double, slope: Double
    }

    /// An α satisfying the strong Wolfe conditions (or the best found within the iteration budget).
    public func stepLength(
        on objective: any Objective, at point: Vector, direction: Vector,
        value: Double, gradient: Vector, initialStep: Double
    ) throws -> Double {
        let slope0 = try initialSlope(gradient, direction)
        func sample(_ alpha: Double) throws -> Sample {
            let (f, g) = try objective.valueAndGradient(at: point + alpha * direction)
            return Sample(alpha: alpha, value: f, slope: try g.dot(direction))
        }
        let start = Sample(alpha: 0, value: value, slope: slope0)
        var previous = start
        var alpha = Swift.min(initialStep, maxStep)
        for i in 0..<Swift.max(maxIterations, 0) {
            let current = try sample(alpha)
            if !current.value.isFinite || current.value > value + sufficientDecrease * alpha * slope0
                || (i > 0 && current.value >= previous.value)
            {
                return try zoom(previous, current, start, sample)
            }
            if Swift.abs(current.slope) <= -curvature * slope0 { return alpha }
            if current.slope >= 0 { return try zoom(current, previous, start, sample) }
            previous = current
            alpha = Swift.min(2 * alpha, maxStep)
        }
        return alpha
    }

    /// Shrinks the bracket [lo, hi] (lo has the lower value) until a strong Wolfe point is found.
    private func zoom(_ low: Sample, _ high: Sample, _ start: Sample, _ sample: (Double) throws -> Sample) throws -> Double {
        var lo = low, hi = high
        for _ in 0..<Swift.max(maxIterations, 0) {
            let alpha = interpolate(lo, hi)
            let current = try sample(alpha)
            if !current.value.isFinite || current.value > start.value + sufficientDecrease * alpha * start.slope
                || current.value >= lo.value
            {
                hi = current
            } else {
                if Swift.abs(current.slope) <= -curvature * start.slope { return alpha }
                if current.slope * (hi.alpha - lo.alpha) >= 0 { hi = lo }
                lo = current
            }
            if Swift.abs(hi.alpha - lo.alpha) < 1e-16 * Swift.max(1, lo.alpha) { break }
        }
        return lo.alpha
    }

    /// The minimiser of the cubic through both samples' values and slopes, kept inside the middle 80%
    /// of the bracket (bisection when the cubic has no real minimiser there).
    private func interpolate(_ a: Sample, _ b: Sample) -> Double {
        let d1 = a.slope + b.slope - 3 * (a.value - b.value) / (a.alpha - b.alpha)
        let discriminant = d1 * d1 - a.slope * b.slope
        let lower = Swift.min(a.alpha, b.alpha), width = Swift.abs(b.alpha - a.alpha)
        let midpoint = lower + width / 2
        guard discriminant >= 0, width > 0 else { return midpoint }
        let d2 = (b.alpha > a.alpha ? 1.0 : -1.0) * discriminant.squareRoot()
        let alpha = b.alpha - (b.alpha - a.alpha) * (b.slope + d2 - d1) / (b.slope - a.slope + 2 * d2)
        guard alpha.isFinite, alpha >= lower + 0.1 * width, alpha <= lower + 0.9 * width else { return midpoint }
        return alpha
    }
}
