// interpreter-only (checked against swiftc linked with Optim's objects)
import Optim
let r = Rosenbrock()
print(try r.valueAndGradient(at: [1, 1]))
try r.checkDimension(of: [1, 2])
let o: any Objective = r
try o.checkDimension(of: [1, 2])
print(try o.valueAndGradient(at: [0, 0]))
do { try r.checkDimension(of: [1, 2, 3]) } catch { print(error) }
// expect: (value: 0.0, gradient: [0.0, 0.0])
// expect: (value: 1.0, gradient: [-2.0, 0.0])
// expect: shape mismatch: objective of dimension [2] evaluated at [3]
