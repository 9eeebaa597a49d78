import Foundation

/// The one-dimensional f(x) = x·cos(cx), whose many local minima make step sizes visible.
///
/// f′(x) = cos(cx) − cx·sin(cx),  f″(x) = −2c·sin(cx) − c²x·cos(cx).
public struct WavyLine: Objective, Sendable {
    /// The frequency c.
    public var frequency: Double

    /// x·cos(cx).
    public init(frequency: Double = 1) {
        self.frequency = frequency
    }

    /// Always 1.
    public var dimension: Int { 1 }

    /// x·cos(cx).
    public func value(at x: Vector) throws -> Double {
        try checkDimension(of: x)
        return x[0] * Foundation.cos(frequency * x[0])
    }

    /// cos(cx) − cx·sin(cx).
    public func gradient(at x: Vector) throws -> Vector {
        try checkDimension(of: x)
        let cx = frequency * x[0]
        return [Foundation.cos(cx) - cx * Foundation.sin(cx)]
    }

    /// −2c·sin(cx) − c²x·cos(cx).
    public func hessian(at x: Vector) throws -> Matrix {
        try checkDimension(of: x)
        let c = frequency, cx = frequency * x[0]
        return [[-2 * c * Foundation.sin(cx) - c * cx * Foundation.cos(cx)]]
    }
}
