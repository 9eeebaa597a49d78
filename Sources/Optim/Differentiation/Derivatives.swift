/// The exact gradient ∇f(x) of a scalar function written over ``Jet`` (forward mode, one evaluation).
///
/// ```swift
/// gradient(of: { x in x[0] * x[0] + 3 * x[1] }, at: [2, 1])   // [4, 3]
/// ```
public func gradient(of f: ([Jet]) throws -> Jet, at x: Vector) rethrows -> Vector {
    try valueAndGradient(of: f, at: x).gradient
}

/// f(x) and ∇f(x) from one evaluation of `f` over ``Jet`` variables.
public func valueAndGradient(of f: ([Jet]) throws -> Jet, at x: Vector) rethrows -> (value: Double, gradient: Vector) {
    let y = try f(Jet.variables(at: x, order: 1))
    return (y.value, y.gradientVector(dimension: x.count))
}

/// The exact Hessian ∇²f(x), (∇²f)ᵢⱼ = ∂²f/∂xᵢ∂xⱼ, from one second-order evaluation over ``Jet``.
public func hessian(of f: ([Jet]) throws -> Jet, at x: Vector) rethrows -> Matrix {
    try valueGradientAndHessian(of: f, at: x).hessian
}

/// f(x), ∇f(x) and ∇²f(x) from one second-order evaluation of `f` over ``Jet`` variables.
public func valueGradientAndHessian(
    of f: ([Jet]) throws -> Jet, at x: Vector
) rethrows -> (value: Double, gradient: Vector, hessian: Matrix) {
    let y = try f(Jet.variables(at: x, order: 2))
    return (y.value, y.gradientVector(dimension: x.count), y.hessianMatrix(dimension: x.count))
}
