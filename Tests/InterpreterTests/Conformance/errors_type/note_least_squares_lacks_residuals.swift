import Optim
struct NoResiduals: LeastSquaresObjective {
    var dimension: Int { 1 }
    func value(at x: Vector) throws -> Double { 0 }
    func gradient(at x: Vector) throws -> Vector { x }
    func hessian(at x: Vector) throws -> Matrix { Matrix.identity(1) }
    func jacobian(at x: Vector) throws -> Matrix { Matrix.identity(1) }
}
// expect error: 2:8 type 'NoResiduals' does not conform to protocol 'LeastSquaresObjective'
