import Foundation

/// The Rastrigin function, a highly multimodal benchmark with its global minimum f(0) = 0:
///
///   f(x) = A·n + Σᵢ [xᵢ² − A cos(2πxᵢ)],  A = 10.
///
/// ∂f/∂xᵢ = 2xᵢ + 2πA sin(2πxᵢ); the Hessian is diagonal with 2 + 4π²A cos(2πxᵢ).
public struct Rastrigin: Objective, Sendable {
    /// The amplitude A of the cosine ripples (10 in the standard definition).
    public var amplitude: Double
    /// n, any positive number of variables.
    public let dimension: Int

    /// Rastrigin in `dimension` variables.
    public init(dimension: Int = 2, amplitude: Double = 10) {
        precondition(dimension >= 1, "Rastrigin needs dimension ≥ 1, got \(dimension)")
        self.dimension = dimension
        self.amplitude = amplitude
    }

    /// A·n + Σᵢ xᵢ² − A cos(2πxᵢ).
    public func value(at x: Vector) throws -> Double {
        try checkDimension(of: x)
        return x.scalars.reduce(amplitude * Double(dimension)) {
            $0 + $1 * $1 - amplitude * Foundation.cos(2 * Double.pi * $1)
        }
    }

    /// 2xᵢ + 2πA sin(2πxᵢ).
    public func gradient(at x: Vector) throws -> Vector {
        try checkDimension(of: x)
        return x.map { 2 * $0 + 2 * Double.pi * amplitude * Foundation.sin(2 * Double.pi * $0) }
    }

    /// diag(2 + 4π²A cos(2πxᵢ)).
    public func hessian(at x: Vector) throws -> Matrix {
        try checkDimension(of: x)
        return Matrix.diag(x.map { 2 + 4 * Double.pi * Double.pi * amplitude * Foundation.cos(2 * Double.pi * $0) })
    }
}
