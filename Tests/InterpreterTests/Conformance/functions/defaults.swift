func sgd(_ x: Double, lr: Double = 0.1, steps: Int = 3) -> Double {
    var x = x
    for _ in 0..<steps { x -= lr * 2 * x }
    return x
}
print(sgd(1), sgd(1, steps: 1), sgd(1, lr: 0.25), sgd(1, lr: 0.5, steps: 2))
// expect: 0.512 0.8 0.125 0.0
