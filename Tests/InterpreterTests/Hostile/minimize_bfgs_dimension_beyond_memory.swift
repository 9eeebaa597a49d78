let n = 30000
let run = try minimize(Rosenbrock(dimension: n), from: Vector(repeating: 1, count: n), using: BFGS(), steps: 1)
// expect error: 2:15 array size limit of 50000000 elements exceeded
