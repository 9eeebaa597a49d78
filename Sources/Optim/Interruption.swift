import Synchronization

/// A request, from another thread, that the long computation running on this one stop early.
///
/// Optim's kernels whose cost grows as n³ (matrix products, LU, Cholesky, inverses, solves with
/// many right-hand sides, the Jacobi eigendecomposition) look at ``shouldStop`` between rows or
/// columns of work — every few milliseconds even for n in the thousands — and, once it is set,
/// skip the rest and return at once. **A result computed after an interruption is meaningless**:
/// whoever requested it must discard it. That is how weave holds an experiment to its time budget
/// inside a single library call: the block's timer requests the interruption, the call returns,
/// and the block stops with a budget error at that call instead of running on for minutes.
///
/// Code that never binds ``current`` (every ordinary use of Optim) is not affected: a kernel then
/// always runs to completion.
///
/// ```swift
/// let interruption = Interruption()
/// // on a timer's thread, later: interruption.request()
/// let product = try Interruption.$current.withValue(interruption) { try a.matmul(b) }
/// if interruption.isRequested { /* discard product */ }
/// ```
public final class Interruption: Sendable {
    private let requested = Atomic<Bool>(false)

    /// A token nobody has asked to stop yet.
    public init() {}

    /// Asks the computations that watch this token to stop; callable from any thread.
    public func request() {
        requested.store(true, ordering: .releasing)
    }

    /// Whether ``request()`` has been called.
    public var isRequested: Bool {
        requested.load(ordering: .acquiring)
    }

    /// The token the computations on this thread (or task) watch; nil unless bound with
    /// `Interruption.$current.withValue(_:operation:)`.
    @TaskLocal public static var current: Interruption?

    /// Whether the computation running here has been asked to stop: a kernel checks this between
    /// chunks of work and returns early when it is true.
    public static var shouldStop: Bool {
        current?.isRequested ?? false
    }
}
