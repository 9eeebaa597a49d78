func apply(_ f: (Double) -> Double, to x: Double, times n: Int) -> Double {
    var y = x
    for _ in 0..<n { y = f(y) }
    return y
}
print(apply({ $0 / 2 }, to: 8, times: 3))
// expect: 1.0
