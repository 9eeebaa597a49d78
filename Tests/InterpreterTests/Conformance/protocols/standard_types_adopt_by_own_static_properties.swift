protocol HasZero { static var zero: Self { get } }
extension Double: HasZero {}
extension Float: HasZero {}
func zeros<T: HasZero>(_ n: Int, _ t: T.Type) -> [T] { Array(repeating: T.zero, count: n) }
print(zeros(2, Double.self), zeros(1, Float.self))
protocol HasBounds { static var max: Self { get }; static var min: Self { get } }
extension Int: HasBounds {}
func span<T: HasBounds & Comparable>(_ t: T.Type) -> (T, T) { (T.min, T.max) }
print(span(Int.self))
// expect: [0.0, 0.0] [0.0]
// expect: (-9223372036854775808, 9223372036854775807)
