// interpreter-only (checked against swiftc linked with Optim's objects)
import Foundation
import Optim
import Figures
// Optim's and Figures' declarations named with their module, also beside the note's own of the
// same name, which the bare name finds.
struct Rosenbrock { let z = 1 }
struct Matrix { var cells: [[Double]] }
struct StrongWolfeLineSearch { let tag = "mine" }
protocol Objective { var name: String { get } }
struct LevenbergMarquardt { var tries = 3 }
func minimize(_ f: (Double) -> Double) -> Double { f(0) }
struct Fit: Optim.LeastSquaresObjective, Objective {
    var name: String { "fit" }
    var dimension: Int { 1 }
    func residuals(at x: Vector) throws -> Vector { [x[0] - 2] }
    func jacobian(at x: Optim.Vector) throws -> Optim.Matrix { Optim.Matrix([[1]]) }
    func value(at x: Vector) throws -> Double { 0.5 * (x[0] - 2) * (x[0] - 2) }
    func gradient(at x: Vector) throws -> Vector { [x[0] - 2] }
    func hessian(at x: Vector) throws -> Optim.Matrix { Optim.Matrix([[1]]) }
}
let r: Optim.Rosenbrock = Optim.Rosenbrock(a: 2)
print(r.a, Rosenbrock().z, Matrix(cells: [[1]]).cells, StrongWolfeLineSearch().tag, Optim.Rosenbrock.init(a: 3).a)
print(Optim.Matrix.identity(2), Figures.AxisScale.log, Optim.MLPClassifier.Activation.relu)
let run = try Optim.minimize(Fit(), from: [0], using: Optim.LevenbergMarquardt(), steps: 5)
print(run.points.last!, LevenbergMarquardt().tries, minimize { $0 + 1 }, Fit().name)
let bfgs = try Optim.minimize(Optim.Rosenbrock(), from: [-1, 1], using: BFGS(lineSearch: Optim.StrongWolfeLineSearch()), steps: 50)
print(bfgs.finalLoss < 1e-8)
let o: any Optim.Objective = Optim.Rosenbrock()
let fits: [any Optim.LeastSquaresObjective] = [Fit(), Optim.Rosenbrock()]
print(try o.value(at: [1, 1]), fits.count, Optim.Rosenbrock.self, Optim.Vector([3, 4]).norm)
let g = Optim.gradient(of: { x in Optim.exp(x[0]) + Optim.sqrt(x[1]) }, at: [0, 4])
print(g, Optim.GaussNewton(lr: 0.5).lr)
let activation: Optim.MLPClassifier.Activation = .tanh
let scale: Figures.AxisScale? = .linear
let points: [Optim.Vector] = [[1, 2], [3, 4]]
extension Optim.Vector {
    var total: Double { reduce(0, +) }
}
print(activation, scale!, points.map(\.total))
// expect: 2.0 1 [[1.0]] mine 3.0
// expect: [[1.0, 0.0], [0.0, 1.0]] log relu
// expect: [2.0] 3 1.0 fit
// expect: true
// expect: 0.0 2 Rosenbrock 5.0
// expect: [1.0, 0.25] 0.5
// expect: tanh linear [3.0, 7.0]
