print(Int.bitWidth, UInt8.bitWidth, Int16.bitWidth, UInt32.bitWidth, Int64.bitWidth)
let n = 12
print(n.bitWidth, n.nonzeroBitCount, n.leadingZeroBitCount, n.trailingZeroBitCount)
print((-1).nonzeroBitCount, Int.min.trailingZeroBitCount, 0.leadingZeroBitCount)
let b: UInt8 = 0b0010_1100
print(b.nonzeroBitCount, b.leadingZeroBitCount, b.trailingZeroBitCount, b.byteSwapped, b.bitWidth)
let w: UInt16 = 0x1234
print(w.byteSwapped, w.littleEndian, w.bigEndian, type(of: w.byteSwapped))
print(Int32(1).byteSwapped, 1.byteSwapped == 1 << 56)
// expect: 64 8 16 32 64
// expect: 64 2 60 2
// expect: 64 63 64
// expect: 3 2 2 44 8
// expect: 13330 4660 13330 UInt16
// expect: 16777216 true
