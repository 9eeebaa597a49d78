import Optim
final class Labels: LeastSquaresObjective {
    var dimension: Int { 1 }
    func value(at x: Vector) throws -> Double { 0 }
    func gradient(at x: Vector) throws -> Vector { x }
    func hessian(at x: Vector) throws -> Matrix { Matrix.identity(1) }
    func residuals(for x: Vector) throws -> Vector { x }
    func jacobian(at x: Vector) throws -> Matrix { Matrix.identity(1) }
}
// expect error: 7:10 instance method 'residuals(for:)' has different argument labels from those required by protocol 'LeastSquaresObjective' ('residuals(at:)')
