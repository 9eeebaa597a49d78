let xs = [1, 2, 3]
let ys: [Double] = [1, 2, 3]
print(xs, ys, xs.count, ys.isEmpty)
// expect: [1, 2, 3] [1.0, 2.0, 3.0] 3 false
