/// An objective written by the user as ordinary arithmetic over ``Jet`` — its gradient and Hessian
/// come from automatic differentiation (exact, see ``Jet``).
///
/// ```swift
/// let f = FunctionObjective(dimension: 2) { x in (1 - x[0]) * (1 - x[0]) + 100 * pow(x[1] - x[0] * x[0], 2) }
/// try f.gradient(at: [0, 0])    // [-2, 0]
/// ```
public struct FunctionObjective: Objective {
    /// n.
    public let dimension: Int
    /// The function, evaluated on n ``Jet`` variables.
    public let function: ([Jet]) throws -> Jet

    /// Wraps `function` of `dimension` variables.
    public init(dimension: Int, _ function: @escaping ([Jet]) throws -> Jet) {
        self.dimension = dimension
        self.function = function
    }

    /// f(x), evaluated over constants.
    public func value(at x: Vector) throws -> Double {
        try checkDimension(of: x)
        return try function(x.scalars.map(Jet.init)).value
    }

    /// ∇f(x) by forward-mode AD.
    public func gradient(at x: Vector) throws -> Vector {
        try valueAndGradient(at: x).gradient
    }

    /// f(x) and ∇f(x) from one AD evaluation.
    public func valueAndGradient(at x: Vector) throws -> (value: Double, gradient: Vector) {
        try checkDimension(of: x)
        return try Optim.valueAndGradient(of: function, at: x)
    }

    /// ∇²f(x) by second-order forward-mode AD.
    public func hessian(at x: Vector) throws -> Matrix {
        try checkDimension(of: x)
        return try Optim.hessian(of: function, at: x)
    }
}
