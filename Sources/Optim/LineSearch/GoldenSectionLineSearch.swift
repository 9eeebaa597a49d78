/// Golden-section search for the minimiser of φ(α) = f(x + αd) on [0, α₀·`bracketScale`], assuming φ is
/// unimodal there: each iteration shrinks the interval by 1/φ = (√5 − 1)/2 ≈ 0.618, reusing one of
/// the two interior points, until it is shorter than `tolerance`·α₀ or after ``maximumShrinks`` shrinks
/// (the interval stops shrinking at the spacing of doubles, so a tolerance of 0 would never be met).
public struct GoldenSectionLineSearch: LineSearch {
    /// The interval length, relative to the initial step, at which the search stops.
    public var tolerance: Double
    /// The right end of the initial interval, as a multiple of the initial step.
    public var bracketScale: Double

    /// The most shrinks of one search: 0.618²⁰⁰ ≈ 10⁻⁴², far below any tolerance the doubles resolve.
    public static let maximumShrinks = 200

    /// Golden-section search on [0, `bracketScale`·α₀].
    public init(tolerance: Double = 1e-10, bracketScale: Double = 2) {
        self.tolerance = tolerance
        self.bracketScale = bracketScale
    }

    /// The midpoint of the final interval.
    public func stepLength(
        on objective: any Objective, at point: Vector, direction: Vector,
        value: Double, gradient: Vector, initialStep: Double
    ) throws -> Double {
        _ = try initialSlope(gradient, direction)
        let ratio = (5.0.squareRoot() - 1) / 2
        func phi(_ alpha: Double) throws -> Double { try objective.value(at: point + alpha * direction) }
        var a = 0.0, b = bracketScale * initialStep
        var c = b - ratio * (b - a), d = a + ratio * (b - a)
        var fc = try phi(c), fd = try phi(d)
        var shrinks = 0
        while b - a > tolerance * initialStep, shrinks < Self.maximumShrinks {
            shrinks += 1
            if fc < fd {
                b = d
                d = c
                fd = fc
                c = b - ratio * (b - a)
                fc = try phi(c)
            } else {
                a = c
                c = d
                fc = fd
                d = a + ratio * (b - a)
                fd = try phi(d)
            }
        }
        return (a + b) / 2
    }
}
