// interpreter-only (checked against swiftc linked with Optim's objects)
import Optim
extension Run {
    var lossDrop: Double { losses.first! / losses.last! }
    func loss(at step: Int) -> Double { losses[step] }
}
extension Objective {
    func valueAtOrigin() throws -> Double { try value(at: Vector(zeros: dimension)) }
    var isLowDimensional: Bool { dimension <= 2 }
}
extension Rosenbrock {
    static var classic: Rosenbrock { Rosenbrock() }
    func valley(_ x: Double) -> Double { x * x }
}
extension GradientOptimizer {
    func describedRate() -> String { "lr = \(lr)" }
}
let r = try minimize(Quadratic(diagonal: [1]), from: [1], using: SGD(lr: 0.1), steps: 3)
print(r.lossDrop, r.loss(at: 1))
print(try Rosenbrock().valueAtOrigin(), Rosenbrock().isLowDimensional, try Quadratic(diagonal: [1, 2, 3]).valueAtOrigin())
print(Rosenbrock.classic.valley(3))
print(try Adam(lr: 0.01).describedRate())
let f: any Objective = Rosenbrock()
print(try f.valueAtOrigin())
// expect: 1.8816764231589203 0.405
// expect: 1.0 true 0.0
// expect: 9.0
// expect: lr = 0.01
// expect: 1.0
