// interpreter-only
import Optim
let run = try minimize(Rosenbrock(), from: [-1.5, 2], using: try SGD(lr: 1e-3, momentum: 0.9), steps: 100)
print(run.points.count, run.points[0], run.losses.count, run.gradientNorms.count)
print(run.points[1] == run.points[0] - 1e-3 * (try Rosenbrock().gradient(at: run.points[0])))
let newton = try minimize(Quadratic(diagonal: [2, 100]), from: [1, 1], using: Newton(), steps: 1)
print(newton.finalPoint.norm < 1e-12)
let bfgs = try minimize(Rosenbrock(), from: [-1.2, 1], using: BFGS(), steps: 200, tolerance: 1e-10)
print(bfgs.converged, (bfgs.finalPoint - Vector([1, 1])).norm < 1e-8)
// expect: 101 [-1.5, 2.0] 101 101
// expect: true
// expect: true
// expect: true true
