// interpreter-only (checked against swiftc linked with Optim's objects)
import Optim
struct Sq: Objective {
    var dimension: Int { 2 }
    func value(at x: Vector) throws -> Double {
        try checkDimension(of: x)
        return x[0] * x[0] + x[1] * x[1]
    }
    func gradient(at x: Vector) throws -> Vector { try self.checkDimension(of: x); return 2 * x }
    func hessian(at x: Vector) throws -> Matrix { Matrix(diagonal: [2, 2]) }
}
print(try Sq().value(at: [1, 2]))
print(try Sq().valueAndGradient(at: [1, 1]))
do { _ = try Sq().value(at: [1, 2, 3]) } catch { print("caught", error) }
do { try Sq().checkDimension(of: [1]) } catch let e as OptimError { print("optim", e) }
let r = try minimize(Sq(), from: [1, 1], using: BFGS(), steps: 5)
print(r.finalLoss)
struct Two: Objective {
    var dimension: Int { 1 }
    func value(at x: Vector) throws -> Double { x[0] * x[0] }
    func gradient(at x: Vector) throws -> Vector { 2 * x }
    func hessian(at x: Vector) throws -> Matrix { Matrix(diagonal: [2]) }
    func valueAndGradient(at x: Vector) throws -> (value: Double, gradient: Vector) { print("own"); return (1, x) }
}
print(try Two().valueAndGradient(at: [3]))
// expect: 5.0
// expect: (value: 2.0, gradient: [2.0, 2.0])
// expect: caught shape mismatch: objective of dimension [2] evaluated at [3]
// expect: optim shape mismatch: objective of dimension [2] evaluated at [1]
// expect: 0.0
// expect: own
// expect: (value: 1.0, gradient: [3.0])
