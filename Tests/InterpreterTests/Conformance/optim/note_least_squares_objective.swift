// interpreter-only (checked against swiftc linked with Optim's objects)
import Foundation
import Optim
// A note's own least-squares objectives go to Gauss–Newton and Levenberg–Marquardt, which ask
// them for their residuals and Jacobian; Optim works on a copy of a struct, as Swift's would.
struct ExpFit: LeastSquaresObjective {
    let t: [Double], y: [Double]
    var dimension: Int { 2 }
    func residuals(at x: Vector) throws -> Vector { Vector(zip(t, y).map { x[0] * exp(-x[1] * $0) - $1 }) }
    func jacobian(at x: Vector) throws -> Matrix { Matrix(t.map { [exp(-x[1] * $0), -x[0] * $0 * exp(-x[1] * $0)] }) }
    func value(at x: Vector) throws -> Double { 0.5 * (try residuals(at: x)).squaredNorm }
    func gradient(at x: Vector) throws -> Vector { (try jacobian(at: x)).transposed * (try residuals(at: x)) }
    func hessian(at x: Vector) throws -> Matrix { let j = try jacobian(at: x); return j.transposed * j }
}
let ts = stride(from: 0.0, through: 3, by: 0.5).map { $0 }
let fit = ExpFit(t: ts, y: ts.map { 2.5 * exp(-1.3 * $0) })
let lm = try minimize(fit, from: [1, 0.5], using: LevenbergMarquardt(), steps: 30)
print(lm.points.last!.map { String(format: "%.6f", $0) })
let gn = try minimize(fit, from: [2, 1], using: GaussNewton(), steps: 10)
print(gn.points.last!.map { String(format: "%.6f", $0) }, gn.finalLoss < 1e-20)
let damped = try minimize(fit, from: [1, 0.5], using: GaussNewton(lineSearch: BacktrackingLineSearch()), steps: 20)
print(damped.points.last!.map { String(format: "%.6f", $0) })
// A final class: the run counts its evaluations on the note's own instance.
final class Line: LeastSquaresObjective {
    let t: [Double], y: [Double]
    var evaluations = 0
    init(t: [Double], y: [Double]) { (self.t, self.y) = (t, y) }
    var dimension: Int { 2 }
    func residuals(at x: Vector) throws -> Vector {
        evaluations += 1
        return Vector(zip(t, y).map { x[0] + x[1] * $0 - $1 })
    }
    func jacobian(at x: Vector) throws -> Matrix { Matrix(t.map { [1, $0] }) }
    func value(at x: Vector) throws -> Double { 0.5 * (try residuals(at: x)).squaredNorm }
    func gradient(at x: Vector) throws -> Vector { (try jacobian(at: x)).transposed * (try residuals(at: x)) }
    func hessian(at x: Vector) throws -> Matrix { let j = try jacobian(at: x); return j.transposed * j }
}
let line = Line(t: [0, 1, 2, 3], y: [1, 3, 5, 7])
let exact = try minimize(line, from: [0, 0], using: GaussNewton(), steps: 3)
print(exact.points.last!, line.evaluations > 0)
// A struct's copy: what the run changes is its own.
struct Counted: LeastSquaresObjective {
    var calls = 0
    var dimension: Int { 1 }
    func residuals(at x: Vector) throws -> Vector { [x[0] - 3] }
    func jacobian(at x: Vector) throws -> Matrix { Matrix([[1]]) }
    func value(at x: Vector) throws -> Double { 0.5 * (x[0] - 3) * (x[0] - 3) }
    func gradient(at x: Vector) throws -> Vector { [x[0] - 3] }
    func hessian(at x: Vector) throws -> Matrix { Matrix([[1]]) }
}
var counted = Counted()
let once = try minimize(counted, from: [0], using: GaussNewton(), steps: 2)
counted.calls += 1
print(once.points, counted.calls)
// Held as the protocol, as an Objective, and cast back.
let held: any LeastSquaresObjective = fit
print(try held.residuals(at: [2.5, 1.3]).norm < 1e-15, try held.jacobian(at: [1, 0]).rows, held.dimension, type(of: held))
let objectives: [any Objective] = [counted, Rosenbrock(), Quadratic(diagonal: [1])]
print(objectives.map { $0 is any LeastSquaresObjective }, objectives.map { $0 is Counted })
if let again = objectives[0] as? any LeastSquaresObjective { print(try again.residuals(at: [1])) }
print(try (objectives[1] as! any LeastSquaresObjective).residuals(at: [0, 0]), (held as? ExpFit)?.t.count ?? 0)
// expect: ["2.500000", "1.300000"]
// expect: ["2.500000", "1.300000"] true
// expect: ["2.500000", "1.300000"]
// expect: [1.0, 2.0] true
// expect: [[0.0], [3.0], [3.0]] 1
// expect: true 7 2 ExpFit
// expect: [true, true, false] [true, false, false]
// expect: [-2.0]
// expect: [1.4142135623730951, 0.0] 7
