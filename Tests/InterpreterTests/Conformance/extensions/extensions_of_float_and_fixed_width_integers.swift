// Extensions of Float and the fixed-width integers; Self in an extension of a standard type.
extension Double { var sq: Self { self * self } }
extension UInt64 {
    var mixed: UInt64 { (self ^ (self >> 31)) &* 0x9E3779B97F4A7C15 }
    static func seed(_ x: Int) -> UInt64 { UInt64(x) }
}
extension Float {
    static var half: Float { 0.5 }
    func twice() -> Self { self * 2 }
}
let a: UInt64 = 12345
print(3.0.sq, a.mixed, UInt64.seed(3), Float.half, Float(1.25).twice())
// expect: 9.0 11613906214716018861 3 0.5 2.5
