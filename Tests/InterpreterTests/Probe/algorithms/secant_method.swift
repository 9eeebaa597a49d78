func secant(_ f: (Double) -> Double, _ x0: Double, _ x1: Double) -> Double {
    var (a, b) = (x0, x1)
    for _ in 0..<100 {
        let fa = f(a), fb = f(b)
        if fb == fa { break }
        let c = b - fb * (b - a) / (fb - fa)
        (a, b) = (b, c)
        if abs(b - a) < 1e-13 { break }
    }
    return b
}
print(secant({ $0 * $0 - 612 }, 10, 30))
