func newton(_ f: (Double) -> Double, _ df: (Double) -> Double, x0: Double, maxIter: Int = 50) -> Double {
    var x = x0
    for _ in 0..<maxIter {
        let step = f(x) / df(x)
        x -= step
        if abs(step) < 1e-14 { break }
    }
    return x
}
let root = newton({ $0 * $0 * $0 - 2 * $0 - 5 }, { 3 * $0 * $0 - 2 }, x0: 2)
print(root)
