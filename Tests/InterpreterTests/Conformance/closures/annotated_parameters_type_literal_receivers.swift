print([1, 2].map { (x: Double) in x / 4 })
print([1, 3].reduce(0) { (acc: Double, x: Double) in acc + x / 2 })
print([3, 1, 2].sorted { (a: Float, b: Float) in a < b })
[1, 2].forEach { (x: Double) in print(x) }
print([1, 2].filter { (x: Double) in x > 1.5 })
print([1, 3].map { (x: Double) -> Double in x / 2 })
print([1.0, 2].map { (x: Float) in x / 4 }.dropLast())
// expect: [0.25, 0.5]
// expect: 2.0
// expect: [1.0, 2.0, 3.0]
// expect: 1.0
// expect: 2.0
// expect: [2.0]
// expect: [0.5, 1.5]
// expect: [0.25]
