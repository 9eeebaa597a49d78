// A type's own extension member shadows a protocol extension's of the same name, and the most
// refined protocol's extension shadows those of the protocols it refines.
extension FloatingPoint { func kind() -> String { "floating point" } }
extension Double { func kind() -> String { "double" } }
extension BinaryFloatingPoint { func kind() -> String { "binary floating point" } }
extension Numeric { var doubled: Self { self * 2 } }
extension FloatingPoint { var doubled: Self { self + self + 1 } }
print(1.0.kind(), Float(1).kind())
print(3.doubled, 3.0.doubled, Float(3).doubled)
func describe<T: BinaryFloatingPoint>(_ x: T) -> String { x.kind() }
print(describe(Float(2)))
// expect: double binary floating point
// expect: 6 7.0 7.0
// expect: binary floating point
