// Arguments other than number literals fix a generic parameter first; literals then take it.
func central<T: FloatingPoint>(_ f: (T) -> T, at x: T, h: T) -> T {
    (f(x + h) - f(x - h)) / (2 * h)
}
func cube(_ x: Float) -> Float { x * x * x }
print(central(cube, at: 2, h: 0.01))
func pair<T>(_ a: T, _ b: T) -> [T] { [a, b] }
let one: Float = 1
print(pair(2, one), pair(1, 2.5), pair(3, 4))
func apply<T>(_ x: T, _ f: (T) -> T) -> T { f(x) }
print(apply(3) { (x: Float) in x * 2 }, apply(3) { $0 * 2 })
func g<T: FloatingPoint>(_ xs: [T], _ h: T) -> T { xs.reduce(0, +) * h }
print(g([1, 2], 0.5), g([Float(1)], 2))
// expect: 12.000084
// expect: [2.0, 1.0] [1.0, 2.5] [3, 4]
// expect: 6.0 6
// expect: 1.5 2.0
