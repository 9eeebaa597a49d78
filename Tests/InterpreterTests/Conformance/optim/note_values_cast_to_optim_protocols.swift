// interpreter-only (checked against swiftc linked with Optim's objects)
import Optim
// A cast that always succeeds gives the note's value to Optim as the protocol's, as 'as' does.
struct Bowl: Objective {
    var dimension: Int { 1 }
    func value(at x: Vector) -> Double { x[0] * x[0] }
    func gradient(at x: Vector) -> Vector { 2 * x }
    func hessian(at x: Vector) -> Matrix { Matrix([[2]]) }
}
struct Parabola: LeastSquaresObjective {
    var dimension: Int { 1 }
    func residuals(at x: Vector) throws -> Vector { x }
    func jacobian(at x: Vector) throws -> Matrix { Matrix([[1]]) }
    func value(at x: Vector) throws -> Double { 0.5 * x[0] * x[0] }
    func gradient(at x: Vector) throws -> Vector { x }
    func hessian(at x: Vector) throws -> Matrix { Matrix([[1]]) }
}
let b = Bowl()
if let o = b as? any Objective { print(try o.value(at: [3])) }
let forced = b as! any Objective
print(try forced.gradient(at: [1]), type(of: forced))
let p = Parabola()
if let l = p as? any LeastSquaresObjective { print(try l.residuals(at: [2]), try l.value(at: [2])) }
let asObjective = p as! any Objective
print(asObjective is any LeastSquaresObjective, asObjective is Parabola, asObjective is Bowl)
print(try minimize(p as any Objective, from: [4], using: GaussNewton(), steps: 1).points)
// expect: 9.0
// expect: [2.0] Bowl
// expect: [2.0] 2.0
// expect: true true false
// expect: [[4.0], [0.0]]
