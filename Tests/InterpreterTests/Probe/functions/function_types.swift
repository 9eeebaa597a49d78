func apply(_ f: (Double) -> Double, to x: Double, times n: Int) -> Double {
    var y = x
    for _ in 0..<n { y = f(y) }
    return y
}
let half: (Double) -> Double = { $0 / 2 }
print(apply(half, to: 64, times: 3))
print(apply({ $0 * $0 }, to: 2, times: 3))
