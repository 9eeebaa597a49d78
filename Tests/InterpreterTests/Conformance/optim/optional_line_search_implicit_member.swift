// interpreter-only
import Optim
let f = Rosenbrock()
let newton = try minimize(f, from: [-1.2, 1], using: Newton(lineSearch: .backtracking), steps: 100, tolerance: 1e-10)
let plain = try minimize(f, from: [-1.2, 1], using: Newton(lineSearch: BacktrackingLineSearch()), steps: 100, tolerance: 1e-10)
print(newton.converged, newton.steps == plain.steps, newton.finalLoss == plain.finalLoss)
// expect: true true true
