print(String(UInt8(200), radix: 16), String(Int64(-5), radix: 2), String(255, radix: 16, uppercase: true), String(UInt64.max, radix: 36), String(Int8.min, radix: 2))
// expect: c8 -101 FF 3w5e11264sgsf -10000000
