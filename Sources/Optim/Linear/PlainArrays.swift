/// Overloads taking the plain arrays a course author has at hand (`[Double]`, `[[Double]]`), so
/// that code written with them is valid Swift against Optim without wrapping every array in
/// `Vector(…)` or `Matrix(…)`.
extension Vector {
    /// The zero vector of `count` entries, as ``zeros(_:)``.
    public init(zeros count: Int) {
        self = .zeros(count)
    }
}

extension Matrix {
    /// The square matrix with `d` on its diagonal and zeros elsewhere, as ``diag(_:)``.
    public init(diagonal d: Vector) {
        self = .diag(d)
    }

    /// The square matrix with `d` on its diagonal and zeros elsewhere.
    public init(diagonal d: [Double]) {
        self = .diag(Vector(d))
    }
}

extension Quadratic {
    /// ½ Σᵢ dᵢxᵢ² (+ bᵀx) from plain arrays, as `init(diagonal:b:)` with a `Vector`.
    public init(diagonal: [Double], b: [Double]? = nil) {
        self.init(diagonal: Vector(diagonal), b: b.map(Vector.init))
    }

    /// ½xᵀAx + bᵀx with A given by its rows.
    ///
    /// - Throws: as `init(_:b:)` with a `Matrix`; the rows must all have one length.
    public init(_ a: [[Double]], b: [Double]? = nil) throws {
        guard let cols = a.first?.count, a.allSatisfy({ $0.count == cols }) else {
            throw OptimError.shapeMismatch("quadratic with rows of lengths \(a.map(\.count))")
        }
        try self.init(Matrix(a), b: b.map(Vector.init))
    }
}

/// The exact gradient ∇f(x) at a point given as an array, as `gradient(of:at:)` at a `Vector`.
public func gradient(of f: ([Jet]) throws -> Jet, at x: [Double]) rethrows -> Vector {
    try gradient(of: f, at: Vector(x))
}
