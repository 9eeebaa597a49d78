struct Color { var r, g, b: Double }
var lo, hi: Int
lo = 1
hi = 5
let c = Color(r: 1, g: 0.5, b: 0)
print(c.r, c.g, c.b, lo, hi)
// expect: 1.0 0.5 0.0 1 5
