func f(_ x: Double) -> Double { (x - 3) * (x - 3) }
func df(_ x: Double) -> Double { 2 * (x - 3) }
var x = 0.0
for _ in 0..<50 { x -= 0.1 * df(x) }
print(abs(x - 3) < 1e-4, f(x) < 1e-8)
// expect: true true
