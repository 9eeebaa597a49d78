struct Momentum {
    var lr: Double
    var beta: Double
    var v = 0.0
    mutating func step(_ x: Double, _ g: Double) -> Double {
        v = beta * v + g
        return x - lr * v
    }
}
var opt = Momentum(lr: 0.1, beta: 0.9)
var x = 1.0
for _ in 0..<3 { x = opt.step(x, 2 * x) }
print(x)
// expect: 0.06199999999999989
