// interpreter-only
import Optim
let q = Quadratic(diagonal: [1, 10])
let gd = try minimize(q, from: [1, 1], using: GradientDescent(lineSearch: .exactQuadratic), steps: 500, tolerance: 1e-8)
let bt = try minimize(q, from: [1, 1], using: GradientDescent(), steps: 500, tolerance: 1e-8)
let bfgs = try minimize(q, from: [1, 1], using: BFGS(lineSearch: .strongWolfe), steps: 50, tolerance: 1e-8)
print(gd.converged, bt.converged, bfgs.converged, bfgs.steps <= 3)
let exact = (10.0 - 1) / (10 + 1)
print(gd.losses[2] / gd.losses[1] <= exact * exact + 1e-12, gd.steps > bfgs.steps)
let mine = try Run(points: [[1, 1], [0.5, 0.5], [0, 0]], on: q)
print(mine.steps, mine.losses, mine.gradientNorms.last!)
contour(q, x: -1...1, y: -1...1, paths: [mine, gd], labels: ["by hand", "GD"], title: "own iterates")
// expect: true true true true
// expect: true true
// expect: 2 [5.5, 1.375, 0.0] 0.0
// expect: figure own iterates
