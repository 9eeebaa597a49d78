protocol Scheduled {
    func rate(at step: Int) -> Double
}
enum Schedule: Scheduled {
    case constant(Double)
    case decay(Double, Double)
    func rate(at step: Int) -> Double {
        switch self {
        case .constant(let r): return r
        case .decay(let r, let k): return r / (1 + k * Double(step))
        }
    }
}
let schedules: [any Scheduled] = [Schedule.constant(0.1), Schedule.decay(1, 1)]
print(schedules.map { $0.rate(at: 3) })
// expect: [0.1, 0.25]
