// interpreter-only
import Foundation
import Optim
let f = { (x: [Jet]) -> Jet in sqrt(x[0]) + exp(x[1]) * sin(x[0]) + pow(x[1], 3) - cos(x[1]) / Jet(2) + tanh(x[0]) * log(x[1]) }
let g = gradient(of: f, at: [1, 1])
let expected0 = 0.5 + exp(1.0) * cos(1.0) + (1 - tanh(1.0) * tanh(1.0)) * log(1.0)
print(abs(g[0] - expected0) < 1e-12)
var s = Jet(0)
for xi in Jet.variables(at: [1, 2, 3]) { s += xi * xi }
print(s.value, s.gradient)
// expect: true
// expect: 14.0 [2.0, 4.0, 6.0]
