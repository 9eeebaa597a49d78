extension FloatingPoint { var twice: Self { self + self + 1 } }
extension Double { var twice: Double { self * 2 } }
func g<T: FloatingPoint>(_ x: T) -> T { x.twice }
print(1.0.twice)
print(g(1.0))
// expect error: 5:7 not supported in experiment blocks: passing a 'Double' to 'g', where Swift's generic code calls 'twice' from the extension of 'FloatingPoint', not that of 'Double'; give them different names
