// interpreter-only (checked against swiftc linked with Optim's objects)
import Optim
do { _ = try Rosenbrock().value(at: [1, 2, 3]) } catch { print("caught", error) }
do { _ = try Quadratic(diagonal: [1, 2]).gradient(at: [1, 2, 3]) } catch { print("caught", error) }
do { _ = try LeastSquaresRegression(data: Dataset(features: Matrix([[1.0], [2.0]]), targets: [1, 2])).value(at: [1, 2, 3]) } catch { print("caught", error) }
do { _ = try FunctionObjective(dimension: 2) { x in x[0] * x[1] }.hessian(at: [1]) } catch { print("caught", error) }
struct Loose: Objective {
    var dimension: Int { 3 }
    func value(at x: Vector) throws -> Double { x.sum }
    func gradient(at x: Vector) throws -> Vector { x }
    func hessian(at x: Vector) throws -> Matrix { Matrix.identity(x.count) }
}
let o: any Objective = Loose()
print(try o.value(at: [1, 2]), try o.valueAndGradient(at: [1]))
// expect: caught shape mismatch: objective of dimension [2] evaluated at [3]
// expect: caught shape mismatch: objective of dimension [2] evaluated at [3]
// expect: caught shape mismatch: objective of dimension [2] evaluated at [3]
// expect: caught shape mismatch: objective of dimension [2] evaluated at [1]
// expect: 3.0 (value: 1.0, gradient: [1.0])
