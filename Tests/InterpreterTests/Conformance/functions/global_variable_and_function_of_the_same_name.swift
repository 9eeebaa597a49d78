let train = [1.0, 2.0, 3.0]
func train(scale: Double) -> Double { 2 * scale }
func fit<T: Numeric>(_ x: T) -> T { x * 3 }
let fit = "fitted"
print(train.count, train(scale: 2), train.map { $0 * 10 }, fit, fit(4))
// expect: 3 4.0 [10.0, 20.0, 30.0] fitted 12
