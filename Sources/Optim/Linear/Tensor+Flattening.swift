extension Tensor {
    /// All parameters' scalars concatenated in order: the point θ ∈ ℝᴺ of a model whose parameters are
    /// several tensors (used for snapshots and loss-landscape plots).
    public static func flatten(_ tensors: [Tensor]) -> Vector {
        Vector(tensors.flatMap(\.scalars))
    }

    /// The inverse of ``flatten(_:)``: cuts `vector` into tensors shaped like `template`.
    ///
    /// - Throws: ``OptimError/shapeMismatch(_:)`` if the lengths differ.
    public static func unflatten(_ vector: Vector, like template: [Tensor]) throws -> [Tensor] {
        let total = template.reduce(0) { $0 + $1.count }
        guard vector.count == total else {
            throw OptimError.shapeMismatch(
                "unflatten of \(vector.shapeDescription) into shapes \(template.map(\.shape)) (\(total) scalars)")
        }
        var offset = 0
        return template.map { t in
            defer { offset += t.count }
            return Tensor(shape: t.shape, scalars: Array(vector.scalars[offset..<(offset + t.count)]))
        }
    }
}
