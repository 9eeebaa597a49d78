func square(of x: Int) -> Int { x * x }
func scale(_ x: Double, by k: Double) -> Double { x * k }
let f = square(of:)
let g = scale(_:by:)
print(f(3), g(2, 4), [1, 2].map(square(of:)))
struct S { func twice(of x: Int) -> Int { 2 * x }; func all() -> [Int] { [1, 2].map(twice(of:)) } }
print(S().all())
// expect: 9 8.0 [1, 4]
// expect: [2, 4]
