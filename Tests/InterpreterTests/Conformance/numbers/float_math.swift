let two: Float = 2
print(sqrt(two), sin(Float(1)), exp(Float(1)), two.squareRoot(), pow(two, 0.5), log(Float(10)), atan2(two, 1))
let scaled = [Float(0.5), 2].map { floor($0 * 3) }
print(scaled)
// expect: 1.4142135 0.84147096 2.7182817 1.4142135 1.4142135 2.3025851 1.1071488
// expect: [1.0, 6.0]
