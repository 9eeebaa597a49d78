import Foundation
func rk4(_ f: (Double, Double) -> Double, y0: Double, t0: Double, t1: Double, steps: Int) -> Double {
    let h = (t1 - t0) / Double(steps)
    var (t, y) = (t0, y0)
    for _ in 0..<steps {
        let k1 = f(t, y)
        let k2 = f(t + h / 2, y + h / 2 * k1)
        let k3 = f(t + h / 2, y + h / 2 * k2)
        let k4 = f(t + h, y + h * k3)
        y += h / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
        t += h
    }
    return y
}
let approx = rk4({ _, y in y }, y0: 1, t0: 0, t1: 1, steps: 10)
print(String(format: "%.8f %.2e", approx, abs(approx - exp(1))))
