/// Limited-memory BFGS: the BFGS direction −H∇f computed from the last m pairs (sᵢ, yᵢ) by the
/// two-loop recursion, without forming H:
///
///   q ← ∇f;  for i = newest … oldest:  aᵢ = ρᵢsᵢᵀq,  q ← q − aᵢyᵢ
///   r ← γq,  γ = sᵀy / yᵀy of the newest pair
///   for i = oldest … newest:  b = ρᵢyᵢᵀr,  r ← r + sᵢ(aᵢ − b)
///   p = −r,  α from a strong Wolfe line search started at η.
///
/// Pairs with yᵀs ≤ 10⁻¹²‖s‖‖y‖ are not stored. Default memory m = 10.
public struct LBFGS: ObjectiveOptimizer, Sendable {
    /// η, the first trial step of each line search.
    public var lr: Double
    /// m, the number of stored pairs.
    public var memory: Int
    /// The line search (strong Wolfe by default).
    public var lineSearch: any LineSearch

    private var pairs: [(s: Vector, y: Vector, rho: Double)] = []

    /// L-BFGS with memory m.
    public init(lr: Double = 1, memory: Int = 10, lineSearch: any LineSearch = StrongWolfeLineSearch()) {
        precondition(memory > 0, "LBFGS needs memory > 0, got \(memory)")
        self.lr = lr
        self.memory = memory
        self.lineSearch = lineSearch
    }

    /// One L-BFGS iteration.
    public mutating func step(_ point: inout Vector, on objective: any Objective) throws {
        let (value, gradient) = try objective.valueAndGradient(at: point)
        if gradient.norm == 0 { return }
        var q = gradient
        var a = [Double](repeating: 0, count: pairs.count)
        for i in pairs.indices.reversed() {
            a[i] = pairs[i].rho * (try pairs[i].s.dot(q))
            q -= a[i] * pairs[i].y
        }
        if let newest = pairs.last { q *= 1 / (newest.rho * newest.y.squaredNorm) }
        for i in pairs.indices {
            let b = pairs[i].rho * (try pairs[i].y.dot(q))
            q += (a[i] - b) * pairs[i].s
        }
        var direction = -q
        if try direction.dot(gradient) >= 0 {
            pairs.removeAll()
            direction = -gradient
        }
        let alpha = try lineSearch.stepLength(
            on: objective, at: point, direction: direction, value: value, gradient: gradient, initialStep: lr)
        let s = alpha * direction
        let y = try objective.gradient(at: point + s) - gradient
        point += s
        let ys = try y.dot(s)
        if ys > 1e-12 * s.norm * y.norm {
            pairs.append((s, y, 1 / ys))
            if pairs.count > memory { pairs.removeFirst() }
        }
    }
}
