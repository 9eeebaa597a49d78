let i8: Int8 = -128
print(i8.magnitude, Int16(-300).magnitude, UInt8(200).magnitude, Int64.min.magnitude)
print(Int8(-3).signum(), UInt16(0).signum(), Int32(9).signum(), UInt8(7).signum())
print(Int8(-9).isMultiple(of: 3), UInt8(10).isMultiple(of: 4), Int16(0).isMultiple(of: 0), Int32(5).isMultiple(of: 0))
print(Int8(-17).quotientAndRemainder(dividingBy: 5), UInt32(17).quotientAndRemainder(dividingBy: 5))
let q = Int16(100).quotientAndRemainder(dividingBy: -7)
print(q.quotient, q.remainder)
print((255 as UInt8).leadingZeroBitCount, (1 as UInt16).leadingZeroBitCount, Int8(-1).nonzeroBitCount, UInt64(8).trailingZeroBitCount)
// expect: 128 300 200 9223372036854775808
// expect: -1 0 1 1
// expect: true false true false
// expect: (quotient: -3, remainder: -2) (quotient: 3, remainder: 2)
// expect: -14 2
// expect: 0 15 8 3
