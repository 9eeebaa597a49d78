import Foundation
func trapezoid(_ f: (Double) -> Double, _ a: Double, _ b: Double, n: Int) -> Double {
    let h = (b - a) / Double(n)
    var s = 0.5 * (f(a) + f(b))
    for i in 1..<n { s += f(a + Double(i) * h) }
    return s * h
}
for n in [4, 16, 64] {
    print(n, String(format: "%.8f", trapezoid(sin, 0, .pi, n: n)))
}
