func rsqrt(_ x: Float) -> Float {
    var i = x.bitPattern
    i = 0x5F37_59DF &- (i >> 1)
    var y = Float(bitPattern: i)
    y = y * (1.5 - 0.5 * x * y * y)
    return y
}
print(rsqrt(4), Float(1).bitPattern, Float(bitPattern: 0x3F80_0001))
let specials: [Float] = [0, -0.0, .infinity, -.infinity, .nan, .leastNonzeroMagnitude, .greatestFiniteMagnitude]
print(specials.map(\.bitPattern))
print(Float(bitPattern: 0x8000_0000), Float(bitPattern: 0x7F80_0000), Float(bitPattern: 0xFFC0_0000), Float(bitPattern: 1), Float(bitPattern: UInt32.max))
let b: UInt32 = 0x4049_0FDB
print(Float(bitPattern: b), type(of: Float(2).bitPattern), Double(bitPattern: 0x4009_21FB_5444_2D18))
// expect: 0.49915358 1065353216 1.0000001
// expect: [0, 2147483648, 2139095040, 4286578688, 2143289344, 1, 2139095039]
// expect: -0.0 inf -nan 1e-45 -nan(0x1fffff)
// expect: 3.1415927 UInt32 3.141592653589793
