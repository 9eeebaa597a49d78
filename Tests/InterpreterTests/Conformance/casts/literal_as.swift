let x = 1 as Double
let y = (2 as Double) / 4
print(x, y)
// expect: 1.0 0.5
