protocol Scalar {
    init(_ value: Double)
    static func + (a: Self, b: Self) -> Self
    static func * (a: Self, b: Self) -> Self
}
extension Double: Scalar {}
extension Float: Scalar {}
extension Int: Scalar {}
func twice<S: Scalar>(_ x: Double) -> S { S(x) + S(x) }
func square<S: Scalar>(_ x: S) -> S { x * x }
let d: Double = twice(1.25)
let f: Float = twice(1.25)
let n: Int = twice(1.75)
print(d, f, n, square(1.5), square(Float(1.1)), square(7))
// expect: 2.5 2.5 2 2.25 1.21 49
