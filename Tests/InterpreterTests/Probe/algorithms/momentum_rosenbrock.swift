import Foundation
func rosenbrockGrad(_ x: Double, _ y: Double) -> (Double, Double) {
    (-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x))
}
var (x, y) = (-1.0, 1.0)
var (vx, vy) = (0.0, 0.0)
let lr = 0.001, beta = 0.9
for _ in 0..<5000 {
    let (gx, gy) = rosenbrockGrad(x, y)
    vx = beta * vx + gx
    vy = beta * vy + gy
    x -= lr * vx
    y -= lr * vy
}
print(String(format: "%.4f %.4f", x, y))
