// interpreter-only (checked against swiftc linked with Optim's objects)
import Optim
// Errors thrown by a note's optimizer or line search come out of minimize as Swift's would.
struct Stop: Error { let at: Int }
struct Failing: ObjectiveOptimizer {
    var lr = 0.1
    var n = 0
    mutating func step(_ point: inout Vector, on objective: any Objective) throws {
        n += 1
        if n == 3 { throw Stop(at: n) }
        point -= lr * (try objective.gradient(at: point))
    }
}
do {
    _ = try minimize(Quadratic(diagonal: [1, 2]), from: [1, 1], using: Failing(), steps: 10)
} catch let e as Stop {
    print("caught", e.at)
}
struct Refusing: LineSearch {
    func stepLength(on objective: any Objective, at point: Vector, direction: Vector, value: Double, gradient: Vector, initialStep: Double) throws -> Double {
        throw OptimError.invalidArgument("mine")
    }
}
do {
    _ = try minimize(Rosenbrock(), from: [0, 0], using: BFGS(lineSearch: Refusing()), steps: 3)
} catch OptimError.invalidArgument(let m) {
    print("caught", m)
}
struct Grow: ObjectiveOptimizer {
    var lr = 0.1
    mutating func step(_ point: inout Vector, on objective: any Objective) throws { point = [1, 2, 3] }
}
do { _ = try minimize(Rosenbrock(), from: [1, 1], using: Grow(), steps: 3) } catch { print(error) }
// expect: caught 3
// expect: caught mine
// expect: shape mismatch: objective of dimension [2] evaluated at [3]
