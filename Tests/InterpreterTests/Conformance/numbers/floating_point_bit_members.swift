let vals: [Double] = [0.1, 0, -0.0, 1, -2.5, .infinity, -.infinity, .nan, -.nan, Double(bitPattern: 0x7FF4_0000_0000_0000), .leastNonzeroMagnitude, .leastNormalMagnitude, .greatestFiniteMagnitude, 3e-310]
for x in vals {
    print(x, x.exponent, x.exponentBitPattern, x.significandBitPattern, x.binade, x.significandWidth, x.isSubnormal, x.isNormal, x.isSignalingNaN, x.isCanonical, x.significand)
}
let fs: [Float] = [0.1, 0, -0.0, 1, -2.5, .infinity, .nan, Float(bitPattern: 0x7FA0_0000), .leastNonzeroMagnitude, .greatestFiniteMagnitude, 1e-40]
for x in fs {
    print(x, x.exponent, x.exponentBitPattern, x.significandBitPattern, x.binade, x.significandWidth, x.isSubnormal, x.isNormal, x.isSignalingNaN, x.isCanonical, x.significand)
}
print(Double.radix, Double.significandBitCount, Double.exponentBitCount, Float.radix, Float.significandBitCount, Float.exponentBitCount)
print(type(of: 1.0.exponentBitPattern), type(of: 1.0.significandBitPattern), type(of: Float(1).exponentBitPattern), type(of: Float(1).significandBitPattern), type(of: Float(1).exponent))
let x = 0.1
print(x.exponent, x.exponentBitPattern, x.significandBitPattern)
print(x.binade, x.significandWidth, x.isSubnormal, x.isNormal, Double.radix)
print(Double.significandBitCount + 1, Float.exponentBitCount * 2)
// expect: 0.1 -4 1019 2702159776422298 0.0625 51 false true false true 1.6
// expect: 0.0 -9223372036854775808 0 0 0.0 -1 false false false true 0.0
// expect: -0.0 -9223372036854775808 0 0 -0.0 -1 false false false true 0.0
// expect: 1.0 0 1023 0 1.0 0 false true false true 1.0
// expect: -2.5 1 1024 1125899906842624 -2.0 2 false true false true 1.25
// expect: inf 9223372036854775807 2047 0 nan -1 false false false true inf
// expect: -inf 9223372036854775807 2047 0 nan -1 false false false true inf
// expect: nan 9223372036854775807 2047 2251799813685248 nan -1 false false false true nan
// expect: -nan 9223372036854775807 2047 2251799813685248 nan -1 false false false true -nan
// expect: snan 9223372036854775807 2047 1125899906842624 nan -1 false false true true snan
// expect: 5e-324 -1074 0 1 5e-324 0 true false false true 1.0
// expect: 2.2250738585072014e-308 -1022 1 0 2.2250738585072014e-308 0 false true false true 1.0
// expect: 1.7976931348623157e+308 1023 2046 4503599627370495 8.98846567431158e+307 52 false true false true 1.9999999999999998
// expect: 3e-310 -1029 0 60720675992193 1.73833895195875e-310 45 true false false true 1.725785409467818
// expect: 0.1 -4 123 5033165 0.0625 23 false true false true 1.6
// expect: 0.0 -9223372036854775808 0 0 0.0 -1 false false false true 0.0
// expect: -0.0 -9223372036854775808 0 0 -0.0 -1 false false false true 0.0
// expect: 1.0 0 127 0 1.0 0 false true false true 1.0
// expect: -2.5 1 128 2097152 -2.0 2 false true false true 1.25
// expect: inf 9223372036854775807 255 0 nan -1 false false false true inf
// expect: nan 9223372036854775807 255 4194304 nan -1 false false false true nan
// expect: snan 9223372036854775807 255 2097152 nan -1 false false true true snan
// expect: 1e-45 -149 0 1 1e-45 0 true false false true 1.0
// expect: 3.4028235e+38 127 254 8388607 1.7014118e+38 23 false true false true 1.9999999
// expect: 1e-40 -133 0 71362 9.1835e-41 15 true false false true 1.0888977
// expect: 2 52 11 2 23 8
// expect: UInt UInt64 UInt UInt32 Int
// expect: -4 1019 2702159776422298
// expect: 0.0625 51 false true 2
// expect: 53 16
