extension Tensor {
    /// The rank-1 tensor of shape `[n]` holding `vector`'s components.
    public init(_ vector: Vector) {
        self.init(shape: [vector.count], scalars: vector.scalars)
    }

    /// The rank-2 tensor of shape `[rows, cols]` holding `matrix`'s row-major entries.
    public init(_ matrix: Matrix) {
        self.init(shape: [matrix.rows, matrix.cols], scalars: matrix.scalars)
    }

    /// A shape string such as `[3, 4]`, used in error messages.
    public var shapeDescription: String { "\(shape)" }
}

extension Vector {
    /// The vector held by a rank-1 tensor.
    ///
    /// - Throws: ``OptimError/shapeMismatch(_:)`` if `tensor` is not of shape `[n]`.
    public init(_ tensor: Tensor) throws {
        guard tensor.shape.count == 1 else {
            throw OptimError.shapeMismatch("Vector needs a rank-1 tensor, got shape \(tensor.shape)")
        }
        self.init(tensor.scalars)
    }

    /// All of a tensor's scalars, in row-major order, as one vector (any shape).
    public init(flattening tensor: Tensor) {
        self.init(tensor.scalars)
    }
}

extension Matrix {
    /// The matrix held by a rank-2 tensor.
    ///
    /// - Throws: ``OptimError/shapeMismatch(_:)`` if `tensor` is not of shape `[rows, cols]`.
    public init(_ tensor: Tensor) throws {
        guard tensor.shape.count == 2 else {
            throw OptimError.shapeMismatch("Matrix needs a rank-2 tensor, got shape \(tensor.shape)")
        }
        self.init(rows: tensor.shape[0], cols: tensor.shape[1], scalars: tensor.scalars)
    }
}
