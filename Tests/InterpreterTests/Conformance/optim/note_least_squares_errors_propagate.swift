// interpreter-only (checked against swiftc linked with Optim's objects)
import Optim
// An error thrown by a note's residuals or Jacobian comes out of Gauss–Newton and
// Levenberg–Marquardt as Swift's would, for the note to catch.
struct BadPoint: Error, CustomStringConvertible {
    let index: Int
    var description: String { "bad data point \(index)" }
}
struct LineFit: LeastSquaresObjective {
    let t: [Double], y: [Double]
    var dimension: Int { 2 }
    func residuals(at x: Vector) throws -> Vector {
        var r: [Double] = []
        for i in t.indices {
            guard y[i].isFinite else { throw BadPoint(index: i) }
            r.append(x[0] + x[1] * t[i] - y[i])
        }
        return Vector(r)
    }
    func jacobian(at x: Vector) throws -> Matrix {
        if t.count < 2 { throw OptimError.invalidArgument("a line needs two points") }
        return Matrix(t.map { [1, $0] })
    }
    func value(at x: Vector) throws -> Double { 0.5 * (try residuals(at: x)).squaredNorm }
    func gradient(at x: Vector) throws -> Vector { (try jacobian(at: x)).transposed * (try residuals(at: x)) }
    func hessian(at x: Vector) throws -> Matrix { let j = try jacobian(at: x); return j.transposed * j }
}
let bad = LineFit(t: [0, 1, 2], y: [1, .nan, 5])
do {
    _ = try minimize(bad, from: [0, 0], using: GaussNewton(), steps: 3)
    print("no error")
} catch let e as BadPoint {
    print("Gauss–Newton:", e, e.index)
}
do {
    _ = try minimize(bad, from: [0, 0], using: LevenbergMarquardt(), steps: 3)
} catch {
    print("Levenberg–Marquardt:", error)
}
do {
    _ = try minimize(LineFit(t: [1], y: [2]), from: [0, 0], using: GaussNewton(), steps: 3)
} catch OptimError.invalidArgument(let message) {
    print("caught", message)
}
// Called directly, through the protocol.
let held: any LeastSquaresObjective = bad
do { _ = try held.residuals(at: [0, 0]) } catch { print("direct:", error) }
// A note's objective that is not a least-squares one: Gauss–Newton's own error.
struct Bowl: Objective {
    var dimension: Int { 1 }
    func value(at x: Vector) -> Double { x[0] * x[0] }
    func gradient(at x: Vector) -> Vector { 2 * x }
    func hessian(at x: Vector) -> Matrix { Matrix([[2]]) }
}
do { _ = try minimize(Bowl(), from: [1], using: GaussNewton(), steps: 1) } catch { print(error) }
// expect: Gauss–Newton: bad data point 1 1
// expect: Levenberg–Marquardt: bad data point 1
// expect: caught a line needs two points
// expect: direct: bad data point 1
// expect: invalid argument: Gauss–Newton needs a least-squares objective (residuals and Jacobian)
