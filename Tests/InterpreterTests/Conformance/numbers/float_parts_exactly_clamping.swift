import Foundation
let x = Double(sign: .plus, exponent: -3, significand: 1.5)
print(x, Double(sign: .plus, exponent: -1074, significand: 1) == .leastNonzeroMagnitude)
print(Double(sign: .minus, exponent: 2, significand: -1.5), Double(sign: .plus, exponent: 5000, significand: 1), Double(sign: .minus, exponent: -5000, significand: 1))
print(Double(sign: .plus, exponent: 0, significand: .nan), Double(sign: .minus, exponent: 3, significand: 0), Float(sign: .minus, exponent: 1, significand: 1.25))
print(Double(sign: .plus, exponent: Int.max, significand: 1), Double(sign: .plus, exponent: Int.min, significand: 1), Float(sign: .plus, exponent: -149, significand: 1))
let s: FloatingPointSign = .minus
let e = 4
print(Double(sign: s, exponent: e, significand: 0.75), Double(sign: (-0.5).sign, exponent: 1, significand: 1), Double(sign: .plus, exponent: 1, significand: .infinity))
print(Float(exactly: 0.5) as Any, Float(exactly: 0.1) as Any, Float(exactly: 16777217) as Any, Float(exactly: Double.nan) as Any)
print(Float(exactly: Double.infinity) as Any, Float(exactly: 1e300) as Any, Float(exactly: -0.0) as Any, Float(exactly: UInt64.max) as Any, Float(exactly: Float(2)) as Any)
let i = 16777217
print(Float(exactly: i) as Any, Float(exactly: 3) as Any, Float(exactly: Float.nan) as Any, Float(exactly: UInt8(7)) as Any, Double(exactly: Float(0.1)) as Any)
print(Int(exactly: Float(3)) as Any, Int(exactly: 2.0) as Any, Int(exactly: Int8(-3)) as Any, Double(exactly: UInt64.max) as Any, Double(exactly: Int.max) as Any, Double(exactly: Double.nan) as Any)
print(Int(clamping: UInt64.max), UInt8(clamping: 300), UInt8(clamping: -5), Int8(clamping: Int.min), Int(clamping: Int8(-3)), UInt64(clamping: -1), Int32(clamping: UInt32.max))
print(type(of: Float(exactly: 1)), type(of: Int(clamping: UInt8(1))), type(of: UInt16(clamping: 70000)), UInt16(clamping: 70000))
print(UInt8(exactly: 255.0) as Any, Int8(-128.9), UInt8(255.9), UInt8(exactly: -0.0) as Any)
// expect: 0.1875 true
// expect: 6.0 inf -0.0
// expect: nan -0.0 -2.5
// expect: inf 0.0 1e-45
// expect: -12.0 -2.0 inf
// expect: Optional(0.5) nil nil nil
// expect: Optional(inf) nil Optional(-0.0) nil Optional(2.0)
// expect: nil Optional(3.0) nil Optional(7.0) Optional(0.10000000149011612)
// expect: Optional(3) Optional(2) Optional(-3) nil nil nil
// expect: 9223372036854775807 255 0 -128 -3 0 2147483647
// expect: Optional<Float> Int UInt16 65535
// expect: Optional(255) -128 255 Optional(0)
