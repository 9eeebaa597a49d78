let xs = [1.0, 2.0, 3.0, 4.0]
let ys = xs.map { $0 * $0 }.filter { $0 > 2 }
let s = ys.reduce(0) { $0 + $1 }
print(ys, s)
// expect: [4.0, 9.0, 16.0] 29.0
