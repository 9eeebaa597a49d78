let b: UInt8 = 200
let c = b &+ 100
print(b, c, UInt8.max, UInt8.min, Int32.max, UInt64.max, Int8.min)
print(b & 0x0F, b | 1, b ^ 0xFF, b << 1, b >> 3, ~b)
var h: UInt64 = 14695981039346656037
for byte in "hi".utf8 {
    h ^= UInt64(byte)
    h = h &* 1099511628211
}
print(h, UInt64(bitPattern: -1), Int(bitPattern: UInt(UInt64.max)))
print(UInt8(truncatingIfNeeded: 300), UInt8(truncatingIfNeeded: -1), Int8(truncatingIfNeeded: UInt8(200)))
print(UInt8(exactly: 255)!, UInt8(exactly: 256) == nil, Int32(exactly: 2.5) == nil, Int(exactly: UInt64.max) == nil)
let n: Int32 = -7
print(n / 2, n % 3, -n, Int(n) * 3, Double(n) / 2, Float(n))
let u: UInt = 42
print(u * 2 + 1, u > 40, u == 42, UInt32("123")!, UInt8("300") == nil, Int(u) + 1)
for s in "Az".unicodeScalars { print(s.value, s.value + 1, Int(s.value) - 65) }
// expect: 200 44 255 0 2147483647 18446744073709551615 -128
// expect: 8 201 55 144 25 55
// expect: 628919584683901914 18446744073709551615 -1
// expect: 44 255 -56
// expect: 255 true true true
// expect: -3 -1 7 -21 -3.5 -7.0
// expect: 85 true true 123 true 43
// expect: 65 66 0
// expect: 122 123 57
