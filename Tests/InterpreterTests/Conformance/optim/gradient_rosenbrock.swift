// interpreter-only
import Optim
let f = { (x: [Jet]) -> Jet in
    (1 - x[0]) * (1 - x[0]) + 100 * (x[1] - x[0] * x[0]) * (x[1] - x[0] * x[0])
}
print(gradient(of: f, at: [-1.5, 2]))
print(hessian(of: f, at: Vector([1, 1])))
let (value, g) = valueAndGradient(of: f, at: [1, 1])
print(value, g)
// expect: [-155.0, -50.0]
// expect: [[802.0, -400.0], [-400.0, 200.0]]
// expect: 0.0 [-0.0, 0.0]
