import Foundation
func simpson(_ f: (Double) -> Double, _ a: Double, _ b: Double, n: Int) -> Double {
    let h = (b - a) / Double(n)
    var s = f(a) + f(b)
    for i in 1..<n {
        s += (i % 2 == 0 ? 2 : 4) * f(a + Double(i) * h)
    }
    return s * h / 3
}
print(String(format: "%.10f", simpson({ exp(-$0 * $0) }, 0, 1, n: 100)))
