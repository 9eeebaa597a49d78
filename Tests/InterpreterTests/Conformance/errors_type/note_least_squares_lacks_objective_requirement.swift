import Optim
struct NoValue: LeastSquaresObjective {
    var dimension: Int { 1 }
    func residuals(at x: Vector) throws -> Vector { x }
    func jacobian(at x: Vector) throws -> Matrix { Matrix.identity(1) }
}
// expect error: 2:8 type 'NoValue' does not conform to protocol 'Objective'
