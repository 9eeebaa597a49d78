let n = 30000
let f = FunctionObjective(dimension: n) { x in x[0] * x[0] }
let run = try minimize(f, from: Vector(repeating: 1, count: n), using: BFGS(), steps: 1)
// expect error: 3:15 array size limit of 50000000 elements exceeded
