func square(_ x: Double) -> Double { x * x }
func isEven(_ n: Int) -> Bool { n % 2 == 0 }
print([1.0, 2.0, 3.0].map(square))
print([1, 2, 3, 4].filter(isEven))
let f = square
print(f(1.5))
// expect: [1.0, 4.0, 9.0]
// expect: [2, 4]
// expect: 2.25
