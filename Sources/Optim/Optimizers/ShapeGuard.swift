/// Checks, for an optimizer that keeps per-parameter state, that each step's gradients match its
/// parameters and that both keep the shapes seen on the first step.
struct ShapeGuard: Sendable {
    /// The parameter shapes of the first step; `nil` before it.
    private(set) var shapes: [[Int]]?

    /// Records the shapes on the first call; throws ``OptimError/shapeMismatch(_:)`` naming both shapes
    /// on any disagreement. Returns `true` on the first call (when state must be created).
    mutating func check(_ parameters: [Tensor], _ gradients: [Tensor], in optimizer: String) throws -> Bool {
        guard parameters.count == gradients.count else {
            throw OptimError.shapeMismatch(
                "\(optimizer): \(parameters.count) parameters but \(gradients.count) gradients")
        }
        for (i, (p, g)) in zip(parameters, gradients).enumerated() where p.shape != g.shape {
            throw OptimError.shapeMismatch("\(optimizer): parameter \(i) has shape \(p.shape), its gradient \(g.shape)")
        }
        let current = parameters.map(\.shape)
        guard let shapes else {
            self.shapes = current
            return true
        }
        guard shapes == current else {
            throw OptimError.shapeMismatch("\(optimizer): parameters changed shape from \(shapes) to \(current)")
        }
        return false
    }
}
