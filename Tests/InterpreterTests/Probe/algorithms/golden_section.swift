import Foundation
func goldenSection(_ f: (Double) -> Double, _ a: Double, _ b: Double, tol: Double = 1e-8) -> Double {
    let phi = (sqrt(5.0) - 1) / 2
    var (a, b) = (a, b)
    var c = b - phi * (b - a)
    var d = a + phi * (b - a)
    while abs(b - a) > tol {
        if f(c) < f(d) { b = d } else { a = c }
        c = b - phi * (b - a)
        d = a + phi * (b - a)
    }
    return (a + b) / 2
}
print(String(format: "%.6f", goldenSection({ ($0 - 2) * ($0 - 2) + 1 }, 0, 5)))
