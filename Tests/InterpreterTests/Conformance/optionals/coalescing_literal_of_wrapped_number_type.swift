// `optional ?? number literal` of a wrapped Float or fixed-width integer is of that type.
let a: [Float] = []
print(a.first ?? 2.5, a.first ?? 0)
let b = a.first ?? 2.5
print(type(of: b))
let z: Float = a.first ?? 0
print(z, (a.last ?? 0.25) * 2)
let c: [Int32] = []
print(c.first ?? 5, type(of: c.first ?? 5))
let m: [Int: Float] = [1: 0.5]
print(m[2] ?? 1.5, m[1] ?? 1.5)
func firstOr<T: BinaryFloatingPoint>(_ xs: [T]) -> T { xs.first ?? 0 }
print(firstOr([Float]()), firstOr([2.0]))
// expect: 2.5 0.0
// expect: Float
// expect: 0.0 0.5
// expect: 5 Int32
// expect: 1.5 0.5
// expect: 0.0 2.0
