extension FloatingPoint { func kind() -> String { "fp" } }
extension BinaryFloatingPoint { func kind() -> String { "bfp" } }
func a<T: FloatingPoint>(_ x: T) -> String { x.kind() }
print(a(1.0))
// expect error: 4:7 not supported in experiment blocks: passing a 'Double' to 'a', where Swift's generic code calls 'kind' from the extension of 'FloatingPoint', not that of 'BinaryFloatingPoint'; give them different names
