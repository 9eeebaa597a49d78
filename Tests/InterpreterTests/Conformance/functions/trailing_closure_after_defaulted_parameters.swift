func solve(lo: Double = 0, f: (Double) -> Double) -> Double { f(lo) }
func bisect(_ lo: Double = 0, _ hi: Double = 2, tol: Double = 1e-9, _ f: (Double) -> Double) -> Double {
    var (a, b) = (lo, hi)
    while b - a > tol { let m = (a + b) / 2; if f(a) * f(m) <= 0 { b = m } else { a = m } }
    return (a + b) / 2
}
func apply(_ g: ((Int) -> Int)? = nil, to x: Int = 3) -> Int { g?(x) ?? x }
print(solve { $0 + 1 }, solve(lo: 3) { $0 * 2 })
print(bisect { $0 * $0 - 2 }, bisect(1) { $0 - 1.5 })
print(apply { $0 * 10 }, apply())
// expect: 1.0 6.0
// expect: 1.4142135619185865 1.4999999995343387
// expect: 30 3
