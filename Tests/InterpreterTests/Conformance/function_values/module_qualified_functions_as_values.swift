let a = [1.0, 2.0], b = [0.5, 4.0]
print(zip(a, b).map(Swift.min))
let f: (Double, Double) -> Double = Swift.max
print(f(1, 2))
func min(_ a: Double, _ b: Double) -> Double { a + b }
print(zip(a, b).map(min), zip(a, b).map(Swift.min))
print([4.0, 9.0].map(Foundation.sqrt))
// expect: [0.5, 2.0]
// expect: 2.0
// expect: [1.5, 6.0] [0.5, 2.0]
// expect: [2.0, 3.0]
