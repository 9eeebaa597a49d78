// interpreter-only (checked against swiftc linked with Optim's objects)
import Optim
// A note's own Gauss–Newton asks the objective it is given for residuals as Optim's does: a cast
// of 'any Objective' to 'any LeastSquaresObjective', true of the note's and of Optim's.
struct PlainGaussNewton: ObjectiveOptimizer {
    var lr = 1.0
    mutating func step(_ point: inout Vector, on objective: any Objective) throws {
        guard let leastSquares = objective as? any LeastSquaresObjective else {
            throw OptimError.invalidArgument("\(type(of: objective)) has no residuals")
        }
        let j = try leastSquares.jacobian(at: point)
        point -= lr * (try (j.transposed * j).solve(j.transposed * (try leastSquares.residuals(at: point))))
    }
}
struct Line: LeastSquaresObjective {
    let t: [Double], y: [Double]
    var dimension: Int { 2 }
    func residuals(at x: Vector) throws -> Vector { Vector(zip(t, y).map { x[0] + x[1] * $0 - $1 }) }
    func jacobian(at x: Vector) throws -> Matrix { Matrix(t.map { [1, $0] }) }
    func value(at x: Vector) throws -> Double { 0.5 * (try residuals(at: x)).squaredNorm }
    func gradient(at x: Vector) throws -> Vector { (try jacobian(at: x)).transposed * (try residuals(at: x)) }
    func hessian(at x: Vector) throws -> Matrix { let j = try jacobian(at: x); return j.transposed * j }
}
print(try minimize(Line(t: [0, 1, 2], y: [1, 3, 5]), from: [0, 0], using: PlainGaussNewton(), steps: 2).points.last!)
print(try minimize(Rosenbrock(), from: [0, 0], using: PlainGaussNewton(), steps: 2).points.last!)
do {
    _ = try minimize(Quadratic(diagonal: [1, 2]), from: [1, 1], using: PlainGaussNewton(), steps: 2)
} catch {
    print(error)
}
// Casts among Optim's protocols and types.
let o: any Objective = Quadratic(diagonal: [1, 2])
print(o is Rosenbrock, o is Quadratic, (o as? Quadratic)?.dimension ?? 0, o is any LeastSquaresObjective)
let r: any Objective = Rosenbrock()
print(r is any LeastSquaresObjective, try (r as! any LeastSquaresObjective).residuals(at: [0, 0]))
// expect: [0.9999999999999999, 2.0]
// expect: [0.9999999999999715, 0.9999999999999429]
// expect: invalid argument: Quadratic has no residuals
// expect: false true 2 false
// expect: true [1.4142135623730951, 0.0]
