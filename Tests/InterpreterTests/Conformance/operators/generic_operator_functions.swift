// Generic operator functions, specialised for their operands as generic functions are.
infix operator ** : MultiplicationPrecedence
func ** <T: BinaryFloatingPoint>(s: T, a: T) -> T { s * a }
infix operator ⋅ : MultiplicationPrecedence
func ⋅ <T: FloatingPoint>(u: [T], v: [T]) -> T {
    zip(u, v).reduce(.zero) { $0 + $1.0 * $1.1 }
}
let x: [Double] = [1, 2]
let y: [Float] = [1, 2]
print(0.5 ** 3.0, Float(2) ** 4, x ⋅ [3, 4], y ⋅ y)
// expect: 1.5 8.0 11.0 5.0
