func newtonSqrt(_ a: Double, tolerance: Double = 1e-12) -> (root: Double, iterations: Int) {
    var x = a
    var k = 0
    while abs(x * x - a) > tolerance {
        x = 0.5 * (x + a / x)
        k += 1
    }
    return (x, k)
}
let r = newtonSqrt(2)
print(r.root, r.iterations)
print(newtonSqrt(81).root)
