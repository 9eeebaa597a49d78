/// The (chained) Rosenbrock function, the curved-valley benchmark:
///
///   f(x) = Σᵢ₌₀ⁿ⁻² [ b(xᵢ₊₁ − xᵢ²)² + (a − xᵢ)² ],
///
/// with the minimum f = 0 at x = (a, a², …) for n = 2 and at (1, …, 1) for a = 1. Defaults a = 1,
/// b = 100, n = 2. It is also a least-squares objective: f = ½‖r‖² with residuals
/// r₂ᵢ = √2(a − xᵢ), r₂ᵢ₊₁ = √(2b)(xᵢ₊₁ − xᵢ²).
public struct Rosenbrock: LeastSquaresObjective, Sendable {
    /// The valley's location parameter a.
    public var a: Double
    /// The valley's steepness b.
    public var b: Double
    /// n ≥ 2.
    public let dimension: Int

    /// Rosenbrock in `dimension` variables.
    public init(a: Double = 1, b: Double = 100, dimension: Int = 2) {
        precondition(dimension >= 2, "Rosenbrock needs dimension ≥ 2, got \(dimension)")
        self.a = a
        self.b = b
        self.dimension = dimension
    }

    /// The minimiser (a, a², …) in 2-D; (1, …, 1) when a = 1 in any dimension.
    public var minimizer: Vector {
        dimension == 2 ? [a, a * a] : Vector(repeating: 1, count: dimension)
    }

    /// Σᵢ b(xᵢ₊₁ − xᵢ²)² + (a − xᵢ)².
    public func value(at x: Vector) throws -> Double {
        try checkDimension(of: x)
        var sum = 0.0
        for i in 0..<(dimension - 1) {
            let valley = x[i + 1] - x[i] * x[i]
            sum += b * valley * valley + (a - x[i]) * (a - x[i])
        }
        return sum
    }

    /// ∂f/∂xᵢ = −4b xᵢ(xᵢ₊₁ − xᵢ²) − 2(a − xᵢ) + 2b(xᵢ − xᵢ₋₁²).
    public func gradient(at x: Vector) throws -> Vector {
        try checkDimension(of: x)
        var g = Vector.zeros(dimension)
        for i in 0..<(dimension - 1) {
            let valley = x[i + 1] - x[i] * x[i]
            g[i] += -4 * b * x[i] * valley - 2 * (a - x[i])
            g[i + 1] += 2 * b * valley
        }
        return g
    }

    /// The tridiagonal Hessian: ∂²f/∂xᵢ² = 12b xᵢ² − 4b xᵢ₊₁ + 2 (+ 2b if i > 0), ∂²f/∂xᵢ∂xᵢ₊₁ = −4b xᵢ.
    public func hessian(at x: Vector) throws -> Matrix {
        try checkDimension(of: x)
        var h = Matrix.zeros(dimension, dimension)
        for i in 0..<(dimension - 1) {
            h[i, i] += 12 * b * x[i] * x[i] - 4 * b * x[i + 1] + 2
            h[i + 1, i + 1] += 2 * b
            h[i, i + 1] = -4 * b * x[i]
            h[i + 1, i] = -4 * b * x[i]
        }
        return h
    }

    /// r = (√2(a − x₀), √(2b)(x₁ − x₀²), √2(a − x₁), …): 2(n − 1) residuals.
    public func residuals(at x: Vector) throws -> Vector {
        try checkDimension(of: x)
        var r = [Double]()
        for i in 0..<(dimension - 1) {
            r.append(2.0.squareRoot() * (a - x[i]))
            r.append((2 * b).squareRoot() * (x[i + 1] - x[i] * x[i]))
        }
        return Vector(r)
    }

    /// ∂r/∂x: rows (−√2 eᵢ) and (√(2b)(eᵢ₊₁ − 2xᵢeᵢ)).
    public func jacobian(at x: Vector) throws -> Matrix {
        try checkDimension(of: x)
        var j = Matrix.zeros(2 * (dimension - 1), dimension)
        for i in 0..<(dimension - 1) {
            j[2 * i, i] = -(2.0.squareRoot())
            j[2 * i + 1, i] = -2 * (2 * b).squareRoot() * x[i]
            j[2 * i + 1, i + 1] = (2 * b).squareRoot()
        }
        return j
    }
}
