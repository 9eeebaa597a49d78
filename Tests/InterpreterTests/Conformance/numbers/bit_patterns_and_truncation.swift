// Double's bit pattern both ways; Int and UInt32 of a UInt64's low bits.
let bits: UInt64 = 0x3FF3_3333_3333_3333
print(Double(bitPattern: 0x3FF0000000000000), (1.5).bitPattern)
print(Double(bitPattern: bits))
print(Int(truncatingIfNeeded: UInt64.max), UInt32(truncatingIfNeeded: UInt64.max))
// expect: 1.0 4609434218613702656
// expect: 1.2
// expect: -1 4294967295
