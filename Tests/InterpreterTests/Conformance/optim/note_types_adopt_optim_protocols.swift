// interpreter-only (checked against swiftc linked with Optim's objects)
import Optim
struct Bowl: Objective {
    var scale = 1.0
    var dimension: Int { 2 }
    func value(at x: Vector) -> Double { scale * x.squaredNorm }
    func gradient(at x: Vector) -> Vector { 2 * scale * x }
    func hessian(at x: Vector) -> Matrix { Matrix(diagonal: [2 * scale, 2 * scale]) }
}
let bfgs = try minimize(Bowl(scale: 3), from: [1, -2], using: BFGS(), steps: 20)
print(bfgs.steps, bfgs.finalLoss < 1e-12)
let newton = try minimize(Bowl(), from: [4, 4], using: Newton(), steps: 5)
print(newton.steps, newton.points.last!)
struct Step: LearningRateSchedule {
    let drops: [Int]
    func learningRate(at step: Int) -> Double { drops.contains(step) ? 0.01 : 0.1 }
}
let sgd = try minimize(Bowl(), from: [1, 1], using: SGD(lr: 0.1), steps: 5, schedule: Step(drops: [2]))
print(sgd.learningRates)
// expect: 20 true
// expect: 5 [6.747006683667535e-80, 6.747006683667535e-80]
// expect: [0.1, 0.1, 0.01, 0.1, 0.1]
