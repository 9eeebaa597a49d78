// interpreter-only (checked against swiftc linked with Optim's objects)
import Optim
// A note's own optimizers go to minimize; Optim steps a copy of a struct, so the caller's keeps
// its state, and sets and reads 'lr' only as its driver does (around each step, with a schedule).
struct SignSGD: GradientOptimizer {
    var lr: Double
    mutating func step(_ parameters: inout [Tensor], gradients: [Tensor]) throws {
        for i in parameters.indices {
            parameters[i] = Tensor(shape: parameters[i].shape, scalars: zip(parameters[i].scalars, gradients[i].scalars).map { $0 - lr * ($1 > 0 ? 1 : -1) })
        }
    }
}
let run = try minimize(Quadratic(diagonal: [1, 10]), from: [1, 1], using: SignSGD(lr: 0.01), steps: 50)
print(run.finalPoint, run.steps)
struct Halving: ObjectiveOptimizer {
    var lr: Double = 1
    mutating func step(_ point: inout Vector, on objective: any Objective) throws {
        let g = try objective.gradient(at: point)
        point -= lr * 0.1 * g
    }
}
let run2 = try minimize(Quadratic(diagonal: [1, 10]), from: [1, 1], using: Halving(), steps: 20)
print(run2.finalPoint)
struct Counted: ObjectiveOptimizer {
    var lr: Double = 0.1
    var steps = 0
    mutating func step(_ point: inout Vector, on objective: any Objective) throws {
        steps += 1
        point -= lr * (try objective.gradient(at: point))
        if steps % 2 == 0 { print("step", steps, "lr", lr) }
    }
}
var opt = Counted()
let r = try minimize(Quadratic(diagonal: [1, 2]), from: [1, 1], using: opt, steps: 4)
print(r.finalPoint, opt.steps, opt)
let scheduled = try minimize(Quadratic(diagonal: [1, 2]), from: [1, 1], using: opt, steps: 3, schedule: ExponentialSchedule(initial: 0.2, decay: 0.5))
print(scheduled.learningRates, opt.lr)
// Stepped by the note through 'any ObjectiveOptimizer', the value inside changes.
var held: any ObjectiveOptimizer = opt
var x: Vector = [1, 1]
try held.step(&x, on: Quadratic(diagonal: [1, 2]))
try held.step(&x, on: Quadratic(diagonal: [1, 2]))
print(x, held, held.lr, type(of: held))
// A class is changed through its reference; observers and accessors of 'lr' run as Optim sets it.
final class Tracker: GradientOptimizer {
    var lr: Double { didSet { history.append(lr) } }
    var history: [Double] = []
    init(lr: Double) { self.lr = lr }
    func step(_ parameters: inout [Tensor], gradients: [Tensor]) throws {
        parameters[0] = Tensor(shape: parameters[0].shape, scalars: zip(parameters[0].scalars, gradients[0].scalars).map { $0 - lr * $1 })
    }
}
let t = Tracker(lr: 0.1)
let r3 = try minimize(Quadratic(diagonal: [1, 2]), from: [1, 1], using: t, steps: 3, schedule: ExponentialSchedule(initial: 0.3, decay: 0.5))
print(r3.finalPoint, t.history, t.lr)
struct Loud: ObjectiveOptimizer {
    var stored = 0.1
    var lr: Double { get { print("get"); return stored } set { print("set", newValue); stored = newValue } }
    mutating func step(_ point: inout Vector, on objective: any Objective) throws { print("step") }
}
print(try minimize(Quadratic(diagonal: [1, 2]), from: [1, 1], using: Loud(), steps: 2).learningRates)
print(try minimize(Quadratic(diagonal: [1, 2]), from: [1, 1], using: Loud(), steps: 1, schedule: ConstantSchedule(0.5)).learningRates)
// expect: [0.49999999999999956, 0.49999999999999956] 50
// expect: [0.12157665459056928, 0.0]
// expect: step 2 lr 0.1
// expect: step 4 lr 0.1
// expect: [0.6561000000000001, 0.4096] 0 Counted(lr: 0.1, steps: 0)
// expect: step 2 lr 0.1
// expect: [0.2, 0.1, 0.05] 0.1
// expect: step 2 lr 0.1
// expect: [0.81, 0.64] Counted(lr: 0.1, steps: 2) 0.1 Counted
// expect: [0.550375, 0.23800000000000002] [0.3, 0.15, 0.075] 0.075
// expect: step
// expect: get
// expect: step
// expect: get
// expect: [0.1, 0.1]
// expect: set 0.5
// expect: step
// expect: get
// expect: [0.5]
