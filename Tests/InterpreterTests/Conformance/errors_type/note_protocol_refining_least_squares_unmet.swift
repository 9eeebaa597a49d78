import Optim
protocol Fit: LeastSquaresObjective {}
struct Neither: Fit {
    var dimension: Int { 1 }
    func jacobian(at x: Vector) throws -> Matrix { Matrix.identity(1) }
}
// expect error: 3:8 type 'Neither' does not conform to protocol 'LeastSquaresObjective'
