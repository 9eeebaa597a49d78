// interpreter-only (checked against swiftc linked with Optim's objects)
import Optim
// A note's own line search goes to Newton and BFGS; a class keeps its state, a struct is copied.
struct Armijo: LineSearch {
    var c = 1e-4
    func stepLength(on objective: any Objective, at point: Vector, direction: Vector, value: Double, gradient: Vector, initialStep: Double) throws -> Double {
        var t = initialStep
        let slope = try gradient.dot(direction)
        while try objective.value(at: point + t * direction) > value + c * t * slope { t /= 2 }
        return t
    }
}
let run = try minimize(Rosenbrock(), from: [-1.2, 1], using: Newton(lineSearch: Armijo()), steps: 50, tolerance: 1e-10)
print(run.steps, run.finalPoint)
let run2 = try minimize(Rosenbrock(), from: [-1.2, 1], using: Newton(lineSearch: BacktrackingLineSearch()), steps: 50, tolerance: 1e-10)
print(run2.steps, run2.finalPoint)
struct Halving: LineSearch {
    var calls = 0
    func stepLength(on objective: any Objective, at point: Vector, direction: Vector, value: Double, gradient: Vector, initialStep: Double = 1) throws -> Double {
        initialStep / 2
    }
}
final class Logged: LineSearch {
    var calls = 0
    func stepLength(on objective: any Objective, at point: Vector, direction: Vector, value: Double, gradient: Vector, initialStep: Double) throws -> Double {
        calls += 1
        return 0.5
    }
}
let log = Logged()
let r = try minimize(Rosenbrock(), from: [-1.2, 1], using: Newton(lineSearch: log), steps: 5)
print(r.steps, log.calls)
// Held as 'any LineSearch', printed, cast and asked its type as itself.
let searches: [any LineSearch] = [Halving(), log, BacktrackingLineSearch()]
for s in searches { print(type(of: s)) }
let one: any LineSearch = Halving(calls: 3)
print(one, type(of: one), one is Halving, (one as? Halving)?.calls ?? -1)
print(try one.stepLength(on: Rosenbrock(), at: [0, 0], direction: [1, 0], value: 1, gradient: [-2, 0], initialStep: 1))
let r3 = try minimize(Quadratic(diagonal: [1, 2]), from: [1, 1], using: BFGS(lineSearch: Halving()), steps: 3)
print(r3.finalPoint)
print(Newton(lineSearch: Armijo()), [Armijo()])
debugPrint(Armijo(c: 0.5))
// expect: 22 [1.0, 1.0]
// expect: 22 [1.0, 1.0]
// expect: 5 5
// expect: Halving
// expect: Logged
// expect: BacktrackingLineSearch
// expect: Halving(calls: 3) Halving true 3
// expect: 0.5
// expect: [0.11265174420268316, 0.0030290862874781245]
// expect: Newton(lr: 1.0, lineSearch: Optional(main.Armijo(c: 0.0001))) [main.Armijo(c: 0.0001)]
// expect: main.Armijo(c: 0.5)
