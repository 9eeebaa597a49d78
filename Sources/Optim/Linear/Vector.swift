import Foundation

/// A dense column vector of `Double`, the point type of the deterministic optimizers and objectives.
///
/// Arithmetic is elementwise (`+`, `-`, `*`, `/` between vectors of equal length) and broadcasts scalars
/// (`2 * v`, `v / 3`, `v + 1`). The operators trap on a length mismatch with the same message that the
/// throwing forms (`adding(_:)`, `subtracting(_:)`, `hadamard(_:)`, `dividing(_:)`, `dot(_:)`) throw as
/// ``OptimError/shapeMismatch(_:)``; an interpreter evaluating user code should call the throwing forms.
///
/// ```swift
/// let x: Vector = [1, 2]
/// let y = 2 * x + [0.5, -1]       // [2.5, 3]
/// let n = try x.dot(y)            // 8.5
/// ```
public struct Vector: Hashable, Sendable, ExpressibleByArrayLiteral, CustomStringConvertible {
    /// The components x₀ … xₙ₋₁.
    public var scalars: [Double]

    /// A vector with the given components.
    public init(_ scalars: [Double]) {
        self.scalars = scalars
    }

    /// A vector from an array literal: `[1, 2, 3]`.
    public init(arrayLiteral elements: Double...) {
        self.scalars = elements
    }

    /// A vector of `count` copies of `value`.
    public init(repeating value: Double, count: Int) {
        self.scalars = Array(repeating: value, count: count)
    }

    /// The zero vector of length `count`.
    public static func zeros(_ count: Int) -> Vector {
        Vector(repeating: 0, count: count)
    }

    /// The standard basis vector eᵢ of length `count` (1 at `index`, 0 elsewhere).
    public static func basis(_ index: Int, count: Int) -> Vector {
        precondition(index >= 0 && index < count, "Vector.basis: index \(index) out of 0..<\(count)")
        var e = zeros(count)
        e[index] = 1
        return e
    }

    /// The number of components.
    public var count: Int { scalars.count }

    /// A shape string such as `[3]`, used in error messages.
    public var shapeDescription: String { "[\(count)]" }

    /// `[x₀, x₁, …]`.
    public var description: String {
        "[" + scalars.map { "\($0)" }.joined(separator: ", ") + "]"
    }

    // MARK: Reductions

    /// The inner product xᵀy = Σᵢ xᵢyᵢ.
    ///
    /// - Throws: ``OptimError/shapeMismatch(_:)`` naming both lengths.
    public func dot(_ other: Vector) throws -> Double {
        try checkSameLength(other, "dot")
        return scalars.withUnsafeBufferPointer { a in
            other.scalars.withUnsafeBufferPointer { b in
                var sum = 0.0
                for i in 0..<a.count { sum += a[i] * b[i] }
                return sum
            }
        }
    }

    /// The Euclidean norm ‖x‖₂ = √(Σᵢ xᵢ²).
    public var norm: Double { squaredNorm.squareRoot() }

    /// The squared Euclidean norm ‖x‖₂² = Σᵢ xᵢ².
    public var squaredNorm: Double {
        scalars.withUnsafeBufferPointer { a in
            var sum = 0.0
            for value in a { sum += value * value }
            return sum
        }
    }

    /// The p-norm (Σᵢ |xᵢ|ᵖ)^(1/p) for p ≥ 1; `p = .infinity` gives maxᵢ |xᵢ|.
    public func norm(_ p: Double) -> Double {
        precondition(p >= 1, "Vector.norm: p must be ≥ 1, got \(p)")
        if p == .infinity { return infinityNorm }
        if p == 1 { return scalars.reduce(0) { $0 + Swift.abs($1) } }
        if p == 2 { return norm }
        return Foundation.pow(scalars.reduce(0) { $0 + Foundation.pow(Swift.abs($1), p) }, 1 / p)
    }

    /// The maximum norm ‖x‖∞ = maxᵢ |xᵢ| (0 for the empty vector).
    public var infinityNorm: Double { scalars.reduce(0) { Swift.max($0, Swift.abs($1)) } }

    /// Σᵢ xᵢ.
    public var sum: Double { scalars.reduce(0, +) }

    /// Whether every component is finite (no NaN, no ±∞).
    public var isFinite: Bool { scalars.allSatisfy(\.isFinite) }

    /// Applies `transform` to every component.
    public func map(_ transform: (Double) throws -> Double) rethrows -> Vector {
        Vector(try scalars.map(transform))
    }

    /// The concatenation [x; y].
    public func concatenated(with other: Vector) -> Vector {
        Vector(scalars + other.scalars)
    }

    // MARK: Throwing elementwise forms

    /// x + y componentwise. - Throws: ``OptimError/shapeMismatch(_:)`` naming both lengths.
    public func adding(_ other: Vector) throws -> Vector { try zip(other, "+", +) }
    /// x − y componentwise. - Throws: ``OptimError/shapeMismatch(_:)`` naming both lengths.
    public func subtracting(_ other: Vector) throws -> Vector { try zip(other, "-", -) }
    /// The Hadamard product x ⊙ y, (x ⊙ y)ᵢ = xᵢyᵢ. - Throws: ``OptimError/shapeMismatch(_:)``.
    public func hadamard(_ other: Vector) throws -> Vector { try zip(other, "*", *) }
    /// The componentwise quotient xᵢ / yᵢ. - Throws: ``OptimError/shapeMismatch(_:)``.
    public func dividing(_ other: Vector) throws -> Vector { try zip(other, "/", /) }

    func checkSameLength(_ other: Vector, _ operation: String) throws {
        guard count == other.count else {
            throw OptimError.shapeMismatch(
                "\(operation) needs equal lengths, got \(shapeDescription) and \(other.shapeDescription)")
        }
    }

    private func zip(_ other: Vector, _ operation: String, _ f: (Double, Double) -> Double) throws -> Vector {
        try checkSameLength(other, operation)
        var result = scalars
        result.withUnsafeMutableBufferPointer { r in
            other.scalars.withUnsafeBufferPointer { b in
                for i in 0..<r.count { r[i] = f(r[i], b[i]) }
            }
        }
        return Vector(result)
    }

    fileprivate func unchecked(_ other: Vector, _ operation: String, _ f: (Double, Double) -> Double) -> Vector {
        do { return try zip(other, operation, f) } catch { preconditionFailure("\(error)") }
    }
}

// MARK: - Collection

extension Vector: RandomAccessCollection, MutableCollection {
    /// Always 0.
    public var startIndex: Int { 0 }
    /// The number of components.
    public var endIndex: Int { scalars.count }

    /// The component xᵢ, read and set as `x[i]`.
    public subscript(index: Int) -> Double {
        get { scalars[index] }
        set { scalars[index] = newValue }
    }
}

// MARK: - Operators

extension Vector {
    /// Componentwise sum; traps naming both lengths if they differ (see ``adding(_:)``).
    public static func + (lhs: Vector, rhs: Vector) -> Vector { lhs.unchecked(rhs, "+", +) }
    /// Componentwise difference; traps naming both lengths if they differ (see ``subtracting(_:)``).
    public static func - (lhs: Vector, rhs: Vector) -> Vector { lhs.unchecked(rhs, "-", -) }
    /// Componentwise (Hadamard) product; traps naming both lengths if they differ (see ``hadamard(_:)``).
    public static func * (lhs: Vector, rhs: Vector) -> Vector { lhs.unchecked(rhs, "*", *) }
    /// Componentwise quotient; traps naming both lengths if they differ (see ``dividing(_:)``).
    public static func / (lhs: Vector, rhs: Vector) -> Vector { lhs.unchecked(rhs, "/", /) }

    /// −x.
    public static prefix func - (operand: Vector) -> Vector { operand.map { -$0 } }

    /// αx.
    public static func * (lhs: Double, rhs: Vector) -> Vector { rhs.map { lhs * $0 } }
    /// xα.
    public static func * (lhs: Vector, rhs: Double) -> Vector { lhs.map { $0 * rhs } }
    /// x / α.
    public static func / (lhs: Vector, rhs: Double) -> Vector { lhs.map { $0 / rhs } }
    /// α / xᵢ for each component.
    public static func / (lhs: Double, rhs: Vector) -> Vector { rhs.map { lhs / $0 } }
    /// xᵢ + α for each component.
    public static func + (lhs: Vector, rhs: Double) -> Vector { lhs.map { $0 + rhs } }
    /// α + xᵢ for each component.
    public static func + (lhs: Double, rhs: Vector) -> Vector { rhs.map { lhs + $0 } }
    /// xᵢ − α for each component.
    public static func - (lhs: Vector, rhs: Double) -> Vector { lhs.map { $0 - rhs } }
    /// α − xᵢ for each component.
    public static func - (lhs: Double, rhs: Vector) -> Vector { rhs.map { lhs - $0 } }

    /// x ← x + y.
    public static func += (lhs: inout Vector, rhs: Vector) { lhs = lhs + rhs }
    /// x ← x − y.
    public static func -= (lhs: inout Vector, rhs: Vector) { lhs = lhs - rhs }
    /// x ← αx.
    public static func *= (lhs: inout Vector, rhs: Double) { lhs = lhs * rhs }
    /// x ← x / α.
    public static func /= (lhs: inout Vector, rhs: Double) { lhs = lhs / rhs }
}
