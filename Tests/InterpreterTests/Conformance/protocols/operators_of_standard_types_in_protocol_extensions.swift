protocol Real: ExpressibleByIntegerLiteral { static func * (a: Self, b: Self) -> Self }
extension Double: Real {}
extension Real { func sq() -> Self { self * self } }
print(1.5.sq())
// expect: 2.25
