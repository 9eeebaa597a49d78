// A static member of a number protocol's extension, by its type's name or as an implicit member.
extension BinaryFloatingPoint { static var unit: Self { 1 } ; static func half() -> Self { 0.5 } }
print(Double.unit, Float.half())
let u: Double = .unit
let h: Float = .half()
print(u, h)
// expect: 1.0 0.5
// expect: 1.0 0.5
