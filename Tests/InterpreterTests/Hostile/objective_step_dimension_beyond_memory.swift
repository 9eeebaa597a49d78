let n = 30000
let f = Rosenbrock(dimension: n)
var x = Vector(repeating: 1, count: n)
var bfgs = BFGS()
try bfgs.step(&x, on: f)
// expect error: 5:5 array size limit of 50000000 elements exceeded
