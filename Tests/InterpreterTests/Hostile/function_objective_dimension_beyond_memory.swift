let f = FunctionObjective(dimension: 30000) { x in x[0] * x[0] }
print(try f.gradient(at: Vector(repeating: 1, count: 30000))[0])
// expect error: 1:9 array size limit of 50000000 elements exceeded
