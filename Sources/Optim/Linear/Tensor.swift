/// A dense, row-major array of `Double` with a shape: the unit in which optimizers see parameters.
///
/// As in `torch.optim`, a model's parameters are a list of tensors (vectors and matrices), and an
/// optimizer updates each in place from a gradient of the same shape. `Vector` and `Matrix` convert to
/// and from `Tensor` without copying their scalars more than once.
public struct Tensor: Hashable, Sendable {
    /// The extent of each dimension: `[]` for a scalar, `[n]` for a vector, `[rows, cols]` for a matrix.
    public var shape: [Int]
    /// The elements in row-major order; `scalars.count` is the product of `shape`.
    public var scalars: [Double]

    /// Creates a tensor from its shape and row-major scalars.
    ///
    /// - Precondition: `scalars.count == shape.reduce(1, *)` and no extent is negative.
    public init(shape: [Int], scalars: [Double]) {
        precondition(shape.allSatisfy { $0 >= 0 }, "Tensor: negative extent in shape \(shape)")
        precondition(
            scalars.count == shape.reduce(1, *),
            "Tensor: shape \(shape) needs \(shape.reduce(1, *)) scalars, got \(scalars.count)")
        self.shape = shape
        self.scalars = scalars
    }

    /// A tensor of the given shape filled with `value`.
    public init(repeating value: Double, shape: [Int]) {
        self.init(shape: shape, scalars: Array(repeating: value, count: shape.reduce(1, *)))
    }

    /// The number of elements.
    public var count: Int { scalars.count }
}
