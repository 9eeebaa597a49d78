let g = gradient(of: { x in x[0] * x[1] }, at: Vector(repeating: 1, count: 30000))
print(g[0])
// expect error: 1:9 array size limit of 50000000 elements exceeded
