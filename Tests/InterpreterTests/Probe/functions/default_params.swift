func step(_ x: Double, rate: Double = 0.1, times: Int = 1) -> Double {
    var y = x
    for _ in 0..<times { y -= rate * y }
    return y
}
print(step(1))
print(step(1, rate: 0.5))
print(step(1, times: 3))
print(step(1, rate: 0.5, times: 2))
