import Foundation

/// A differentiable scalar: a value carried together with its exact gradient and (optionally) its
/// exact Hessian with respect to n input variables — second-order forward-mode automatic
/// differentiation.
///
/// Every operation applies the chain rule to all three parts. For a unary function f,
///
///   f(a).value = f(a),  ∇f(a) = f′(a)∇a,  ∇²f(a) = f′(a)∇²a + f″(a)∇a∇aᵀ,
///
/// and for a product ∇²(ab) = a∇²b + b∇²a + ∇a∇bᵀ + ∇b∇aᵀ. The derivatives are exact up to
/// rounding — no finite differences. Literals mix in through the `Double` overloads (`100 * x[0]`,
/// `1 - x[0]`); `Jet` is deliberately not literal-expressible, which would make `1.0 / 3` ambiguous. A `Jet` is a plain value (no tape, no global state), so an
/// interpreter can evaluate user code over it just as over `Double`; constants carry no derivative
/// storage at all. The Hessian is stored as the packed lower triangle (n(n+1)/2 entries) and is
/// only tracked when the variables were created with `order: 2`, so a gradient costs O(n) per
/// operation and a Hessian O(n²).
///
/// ```swift
/// let g = gradient(of: { x in (1 - x[0]) * (1 - x[0]) + 100 * pow(x[1] - x[0] * x[0], 2) }, at: [0, 0])
/// // g == [-2, 0]
/// ```
public struct Jet: Sendable, Comparable, CustomStringConvertible {
    /// The value f(x).
    public let value: Double
    /// ∂f/∂xᵢ; empty for a constant (all partials zero).
    public let gradient: [Double]
    /// The packed lower triangle of ∇²f: entry (i, j), j ≤ i, at i(i+1)/2 + j. Empty for a constant
    /// or when only first derivatives are tracked.
    public let packedHessian: [Double]

    init(value: Double, gradient: [Double], packedHessian: [Double]) {
        self.value = value
        self.gradient = gradient
        self.packedHessian = packedHessian
    }

    /// A constant (zero derivatives).
    public init(_ value: Double) {
        self.init(value: value, gradient: [], packedHessian: [])
    }

    /// The independent variables x₀ … xₙ₋₁ at `point`: xᵢ has gradient eᵢ and zero Hessian.
    ///
    /// - Parameters:
    ///   - point: the values of x₀ … xₙ₋₁.
    ///   - order: 1 tracks gradients only; 2 also tracks Hessians.
    public static func variables(at point: Vector, order: Int = 1) -> [Jet] {
        precondition(order == 1 || order == 2, "Jet.variables: order must be 1 or 2, got \(order)")
        let n = point.count
        let hessian = order == 2 ? [Double](repeating: 0, count: n * (n + 1) / 2) : []
        return (0..<n).map { i in
            var g = [Double](repeating: 0, count: n)
            g[i] = 1
            return Jet(value: point[i], gradient: g, packedHessian: hessian)
        }
    }

    /// Whether this is a constant (carries no derivatives).
    public var isConstant: Bool { gradient.isEmpty }

    /// The gradient as a vector of length `dimension` (zeros for a constant).
    public func gradientVector(dimension: Int) -> Vector {
        isConstant ? .zeros(dimension) : Vector(gradient)
    }

    /// The Hessian as a symmetric `dimension`×`dimension` matrix (zeros if not tracked).
    public func hessianMatrix(dimension: Int) -> Matrix {
        var h = Matrix.zeros(dimension, dimension)
        guard !packedHessian.isEmpty else { return h }
        for i in 0..<dimension {
            for j in 0...i {
                h[i, j] = packedHessian[i * (i + 1) / 2 + j]
                h[j, i] = h[i, j]
            }
        }
        return h
    }

    /// The value, e.g. `1.5`.
    public var description: String { "\(value)" }

    /// Compares values only (derivatives do not take part), so user code may branch on them.
    public static func < (lhs: Jet, rhs: Jet) -> Bool { lhs.value < rhs.value }

    /// Equal values (derivatives do not take part).
    public static func == (lhs: Jet, rhs: Jet) -> Bool { lhs.value == rhs.value }

    // MARK: Chain rule

    /// f(a) with f′(a) = `d1` and f″(a) = `d2`.
    func chain(_ fa: Double, _ d1: Double, _ d2: Double) -> Jet {
        guard !isConstant else { return Jet(fa) }
        let g = gradient.map { d1 * $0 }
        guard !packedHessian.isEmpty else { return Jet(value: fa, gradient: g, packedHessian: []) }
        var h = packedHessian
        let a = gradient
        h.withUnsafeMutableBufferPointer { h in
            var k = 0
            for i in 0..<a.count {
                for j in 0...i {
                    h[k] = d1 * h[k] + d2 * a[i] * a[j]
                    k += 1
                }
            }
        }
        return Jet(value: fa, gradient: g, packedHessian: h)
    }

    /// αa + βb (the derivatives of a linear combination).
    static func linear(_ alpha: Double, _ a: Jet, _ beta: Double, _ b: Jet) -> Jet {
        let value = alpha * a.value + beta * b.value
        if b.isConstant { return a.chain(value, alpha, 0) }
        if a.isConstant { return b.chain(value, beta, 0) }
        let g = zip(a.gradient, b.gradient).map { alpha * $0 + beta * $1 }
        let h = a.packedHessian.isEmpty || b.packedHessian.isEmpty
            ? [] : zip(a.packedHessian, b.packedHessian).map { alpha * $0 + beta * $1 }
        return Jet(value: value, gradient: g, packedHessian: h)
    }

    /// ab, with ∇(ab) = a∇b + b∇a and ∇²(ab) = a∇²b + b∇²a + ∇a∇bᵀ + ∇b∇aᵀ.
    static func product(_ a: Jet, _ b: Jet) -> Jet {
        let value = a.value * b.value
        if b.isConstant { return a.chain(value, b.value, 0) }
        if a.isConstant { return b.chain(value, a.value, 0) }
        let ga = a.gradient, gb = b.gradient
        let g = zip(ga, gb).map { a.value * $1 + b.value * $0 }
        guard !a.packedHessian.isEmpty && !b.packedHessian.isEmpty else {
            return Jet(value: value, gradient: g, packedHessian: [])
        }
        var h = [Double](repeating: 0, count: a.packedHessian.count)
        h.withUnsafeMutableBufferPointer { h in
            var k = 0
            for i in 0..<ga.count {
                for j in 0...i {
                    h[k] = a.value * b.packedHessian[k] + b.value * a.packedHessian[k] + ga[i] * gb[j] + gb[i] * ga[j]
                    k += 1
                }
            }
        }
        return Jet(value: value, gradient: g, packedHessian: h)
    }

    /// 1/a, with derivatives −1/a² and 2/a³.
    var reciprocal: Jet {
        let r = 1 / value
        return chain(r, -r * r, 2 * r * r * r)
    }
}

// MARK: - Arithmetic

extension Jet {
    /// a + b.
    public static func + (lhs: Jet, rhs: Jet) -> Jet { linear(1, lhs, 1, rhs) }
    /// a − b.
    public static func - (lhs: Jet, rhs: Jet) -> Jet { linear(1, lhs, -1, rhs) }
    /// ab (product rule).
    public static func * (lhs: Jet, rhs: Jet) -> Jet { product(lhs, rhs) }
    /// a / b = a · (1/b).
    public static func / (lhs: Jet, rhs: Jet) -> Jet { product(lhs, rhs.reciprocal) }
    /// −a.
    public static prefix func - (operand: Jet) -> Jet { operand.chain(-operand.value, -1, 0) }

    /// a + c.
    public static func + (lhs: Jet, rhs: Double) -> Jet { lhs.chain(lhs.value + rhs, 1, 0) }
    /// c + a.
    public static func + (lhs: Double, rhs: Jet) -> Jet { rhs.chain(lhs + rhs.value, 1, 0) }
    /// a − c.
    public static func - (lhs: Jet, rhs: Double) -> Jet { lhs.chain(lhs.value - rhs, 1, 0) }
    /// c − a.
    public static func - (lhs: Double, rhs: Jet) -> Jet { rhs.chain(lhs - rhs.value, -1, 0) }
    /// ac.
    public static func * (lhs: Jet, rhs: Double) -> Jet { lhs.chain(lhs.value * rhs, rhs, 0) }
    /// ca.
    public static func * (lhs: Double, rhs: Jet) -> Jet { rhs.chain(lhs * rhs.value, lhs, 0) }
    /// a / c.
    public static func / (lhs: Jet, rhs: Double) -> Jet { lhs.chain(lhs.value / rhs, 1 / rhs, 0) }
    /// c / a.
    public static func / (lhs: Double, rhs: Jet) -> Jet { lhs * rhs.reciprocal }

    /// a ← a + b.
    public static func += (lhs: inout Jet, rhs: Jet) { lhs = lhs + rhs }
    /// a ← a − b.
    public static func -= (lhs: inout Jet, rhs: Jet) { lhs = lhs - rhs }
    /// a ← ab.
    public static func *= (lhs: inout Jet, rhs: Jet) { lhs = lhs * rhs }
    /// a ← a / b.
    public static func /= (lhs: inout Jet, rhs: Jet) { lhs = lhs / rhs }
}

// MARK: - Elementary functions

/// √a: f′ = 1/(2√a), f″ = −1/(4a√a).
public func sqrt(_ a: Jet) -> Jet {
    let r = a.value.squareRoot()
    return a.chain(r, 0.5 / r, -0.25 / (a.value * r))
}

/// eᵃ: f′ = f″ = eᵃ.
public func exp(_ a: Jet) -> Jet {
    let e = Foundation.exp(a.value)
    return a.chain(e, e, e)
}

/// ln a: f′ = 1/a, f″ = −1/a².
public func log(_ a: Jet) -> Jet {
    a.chain(Foundation.log(a.value), 1 / a.value, -1 / (a.value * a.value))
}

/// sin a: f′ = cos a, f″ = −sin a.
public func sin(_ a: Jet) -> Jet {
    let s = Foundation.sin(a.value)
    return a.chain(s, Foundation.cos(a.value), -s)
}

/// cos a: f′ = −sin a, f″ = −cos a.
public func cos(_ a: Jet) -> Jet {
    let c = Foundation.cos(a.value)
    return a.chain(c, -Foundation.sin(a.value), -c)
}

/// tanh a: f′ = 1 − tanh²a, f″ = −2 tanh a (1 − tanh²a).
public func tanh(_ a: Jet) -> Jet {
    let t = Foundation.tanh(a.value)
    let d1 = 1 - t * t
    return a.chain(t, d1, -2 * t * d1)
}

/// aᵖ for a constant exponent: f′ = p aᵖ⁻¹, f″ = p(p − 1) aᵖ⁻².
public func pow(_ a: Jet, _ p: Double) -> Jet {
    if p == 0 { return Jet(1) }
    let d2 = p == 1 ? 0 : p * (p - 1) * Foundation.pow(a.value, p - 2)
    return a.chain(Foundation.pow(a.value, p), p * Foundation.pow(a.value, p - 1), d2)
}

/// aᵇ = e^(b ln a) for a > 0 (both arguments differentiable).
public func pow(_ a: Jet, _ b: Jet) -> Jet {
    if b.isConstant { return pow(a, b.value) }
    return exp(b * log(a))
}

/// cᵃ = e^(a ln c) for a constant base c > 0.
public func pow(_ c: Double, _ a: Jet) -> Jet {
    let value = Foundation.pow(c, a.value)
    let lnc = Foundation.log(c)
    return a.chain(value, value * lnc, value * lnc * lnc)
}

/// |a|: f′ = sign a (0 at a = 0), f″ = 0.
public func abs(_ a: Jet) -> Jet {
    a.chain(Swift.abs(a.value), a.value > 0 ? 1 : (a.value < 0 ? -1 : 0), 0)
}
