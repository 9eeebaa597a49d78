/// An objective of the form f(x) = ½‖r(x)‖², exposing the residuals r: ℝⁿ → ℝᵐ and their Jacobian
/// J = ∂r/∂x, so that Gauss–Newton can use JᵀJ in place of ∇²f = JᵀJ + Σᵢ rᵢ∇²rᵢ.
public protocol LeastSquaresObjective: Objective {
    /// r(x) ∈ ℝᵐ.
    func residuals(at x: Vector) throws -> Vector
    /// J(x) ∈ ℝᵐˣⁿ, Jᵢⱼ = ∂rᵢ/∂xⱼ.
    func jacobian(at x: Vector) throws -> Matrix
}
