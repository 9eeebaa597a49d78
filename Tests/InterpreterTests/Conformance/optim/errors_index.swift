// interpreter-only
import Optim
let f = { (x: [Jet]) -> Jet in x[0] * x[2] }
let g = gradient(of: f, at: [1, 2])
// expect error: 3:39 index 2 out of range
