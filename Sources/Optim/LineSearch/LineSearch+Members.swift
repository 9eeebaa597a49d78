/// Line searches as implicit members, so an optimizer's `lineSearch:` argument reads
/// `BFGS(lineSearch: .strongWolfe)` or `GradientDescent(lineSearch: .backtracking)`.
extension LineSearch where Self == StrongWolfeLineSearch {
    /// `StrongWolfeLineSearch()` with its defaults (c₁ = 10⁻⁴, c₂ = 0.9).
    public static var strongWolfe: StrongWolfeLineSearch { StrongWolfeLineSearch() }
}

extension LineSearch where Self == BacktrackingLineSearch {
    /// `BacktrackingLineSearch()` with its defaults (Armijo c₁ = 10⁻⁴, halving).
    public static var backtracking: BacktrackingLineSearch { BacktrackingLineSearch() }
}

extension LineSearch where Self == GoldenSectionLineSearch {
    /// `GoldenSectionLineSearch()` with its defaults.
    public static var goldenSection: GoldenSectionLineSearch { GoldenSectionLineSearch() }
}

extension LineSearch where Self == ExactQuadraticLineSearch {
    /// `ExactQuadraticLineSearch()`: the exact minimiser along the direction, for a quadratic.
    public static var exactQuadratic: ExactQuadraticLineSearch { ExactQuadraticLineSearch() }
}
