/// Nesterov's accelerated gradient in its original look-ahead form: the gradient is taken at the point
/// the momentum is about to carry θ to,
///
///   M ← βM + ∇f(θ − ηβM),  θ ← θ − ηM.
///
/// torch's `SGD(nesterov: true)` rewrites this in terms of the shifted variable θ − ηβM so that it needs
/// only ∇f(θ); the iterates of the two forms differ by that shift. Defaults η = 0.01, β = 0.9.
public struct NesterovLookahead: ObjectiveOptimizer, Sendable {
    /// η.
    public var lr: Double
    /// β.
    public var momentum: Double
    /// M, the velocity; `nil` (zero) before the first step.
    public private(set) var velocity: Vector?

    /// NAG with look-ahead gradients.
    public init(lr: Double = 0.01, momentum: Double = 0.9) {
        self.lr = lr
        self.momentum = momentum
    }

    /// M ← βM + ∇f(θ − ηβM), θ ← θ − ηM.
    public mutating func step(_ point: inout Vector, on objective: any Objective) throws {
        let m = velocity ?? .zeros(point.count)
        let next = momentum * m + (try objective.gradient(at: point - lr * momentum * m))
        point -= lr * next
        velocity = next
    }
}
