/// An objective that is the negative log-likelihood of a probabilistic model, f(θ) = −𝔼 log p(y | x, θ),
/// and can give its Fisher information matrix F(θ) = 𝔼[∇log p ∇log pᵀ] — the metric the natural
/// gradient θ ← θ − η F⁻¹∇f follows.
public protocol FisherObjective: Objective {
    /// F(θ), symmetric positive semi-definite n×n.
    func fisher(at x: Vector) throws -> Matrix
}
