// interpreter-only (checked against swiftc linked with Optim's objects)
import Optim
struct Flat: LearningRateSchedule {
    let r: Double
    func learningRate(at step: Int) -> Double { r }
}
enum Sched: LearningRateSchedule {
    case flat(Double)
    func learningRate(at step: Int) -> Double { switch self { case .flat(let r): r } }
}
final class Bowl: Objective {
    var evaluations = 0
    var dimension: Int { 1 }
    func value(at x: Vector) throws -> Double { evaluations += 1; return x[0] * x[0] }
    func gradient(at x: Vector) throws -> Vector { 2 * x }
    func hessian(at x: Vector) throws -> Matrix { Matrix(diagonal: [2]) }
}
let s: any LearningRateSchedule = Flat(r: 0.1)
switch s {
case let f as Flat where f.r > 0.05: print("flat", f.r, f.learningRate(at: 0), f, f.r * 2)
default: print("other")
}
if case let f as Flat = s { print(f.r) }
let e: any LearningRateSchedule = Sched.flat(0.2)
switch e { case let x as Sched: print(x, x.learningRate(at: 4)); default: print("no") }
let b = Bowl()
let objs: [any Objective] = [b, Rosenbrock()]
_ = try b.value(at: [1])
for case let bb as Bowl in objs { print(bb.evaluations, bb === b) }
for case let r as Rosenbrock in objs { print(r.a) }
// expect: flat 0.1 0.1 Flat(r: 0.1) 0.2
// expect: 0.1
// expect: flat(0.2) 0.2
// expect: 1 true
// expect: 1.0
