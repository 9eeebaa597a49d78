/// The one error type of the Optim library: every failure a caller can cause names what went wrong
/// and, where there are shapes or steps involved, which ones.
public enum OptimError: Error, Equatable, CustomStringConvertible {
    /// Two operands have incompatible shapes; the message names both shapes and the operation.
    case shapeMismatch(String)
    /// A matrix is singular or not positive definite where the operation needs it to be.
    case singular(String)
    /// An iterative method produced NaN, ±Inf, or a loss more than 10⁶ times the initial loss.
    case diverged(step: Int, value: Double)
    /// An argument is out of its domain (a negative learning rate, an empty data set, …).
    case invalidArgument(String)

    /// A one-line, human-readable explanation.
    public var description: String {
        switch self {
        case .shapeMismatch(let message): return "shape mismatch: \(message)"
        case .singular(let message): return "singular matrix: \(message)"
        case .diverged(let step, let value): return "diverged at step \(step): loss is \(value)"
        case .invalidArgument(let message): return "invalid argument: \(message)"
        }
    }
}
