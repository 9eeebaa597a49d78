import Foundation
let i8: Int8 = -128
print(i8, abs(Int(i8)), i8.magnitude, Int8(-5) / 2, Int8(-5) % 2, UInt8(7) >> 1)
print(Int16(-1) >> 1, UInt16(0xFFFF) >> 4, Int.bitWidth, (255 as UInt8).leadingZeroBitCount, 12.nonzeroBitCount, 8.trailingZeroBitCount)
print((-17).quotientAndRemainder(dividingBy: 5), 17.isMultiple(of: 5), (-9).signum(), 0.signum())
