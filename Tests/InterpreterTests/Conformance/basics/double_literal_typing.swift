let x: Double = 1
let y = x * 2
print(x, y)
// expect: 1.0 2.0
