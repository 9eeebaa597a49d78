import Foundation
enum Schedule {
    case constant(Double)
    case exponential(start: Double, decay: Double)
    static let standard = Schedule.exponential(start: 0.1, decay: 0.5)
    func rate(at step: Int) -> Double {
        switch self {
        case .constant(let r): return r
        case .exponential(let s, let d): return s * pow(d, Double(step))
        }
    }
}
print((0..<4).map { Schedule.standard.rate(at: $0) })
print(Schedule.constant(0.3).rate(at: 10))
