let base = 0.5
enum Schedule: CustomStringConvertible {
    case constant(Double = 0.1)
    case cosine(initial: Double, total: Int, minimum: Double = 0)
    case step(every: Int = 10, factor: Double = base / 5)
    var description: String {
        switch self {
        case .constant(let r): return "constant(\(r))"
        case let .cosine(a, t, m): return "cosine(\(a), \(t), \(m))"
        case let .step(e, g): return "step(\(e), \(g))"
        }
    }
}
let s = Schedule.cosine(initial: 0.1, total: 100)
if case let .cosine(a, t, m) = s { print(a, t, m) }
let all: [Schedule] = [.constant(), .constant(0.3), .cosine(initial: 1, total: 5, minimum: 0.01), .step(), .step(factor: 0.2), .step(every: 3)]
print(all)
// expect: 0.1 100 0.0
// expect: [constant(0.1), constant(0.3), cosine(1.0, 5, 0.01), step(10, 0.1), step(10, 0.2), step(3, 0.1)]
