func sq(_ x: Double) -> Double { x * x }
print([1.0, 4.0, 9.0].map(sqrt), [1.0, 2.0].map(sq))
// expect: [1.0, 2.0, 3.0] [1.0, 4.0]
