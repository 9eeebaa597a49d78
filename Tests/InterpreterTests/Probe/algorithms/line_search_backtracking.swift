func f(_ x: Double) -> Double { x * x * x * x - 3 * x }
func df(_ x: Double) -> Double { 4 * x * x * x - 3 }
var x = 2.0
for _ in 0..<20 {
    let g = df(x)
    var t = 1.0
    while f(x - t * g) > f(x) - 0.5 * t * g * g { t *= 0.5 }
    x -= t * g
}
print((x * 1e6).rounded() / 1e6)
