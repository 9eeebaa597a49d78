import Foundation
let h = UInt64(0x85e7bb0f12278575)
print(String(format: "%llx %lx", h, UInt64.max))
print(String(format: "%llx %lx %llu %lld", h, UInt64.max, UInt64.max, Int64.min))
print(String(format: "%016llx|%llX|%#llx", UInt64(255), h, UInt64(0)))
print(String(format: "%lu %ld %lu", UInt(42), Int.max, UInt.max))
print(String(format: "%d %u %x", UInt64.max, UInt64.max, UInt64.max))
print(String(format: "%lld %llu", Int64(-1), Int64(-1)))
print(String(format: "%hhd %hd %d", Int8(-5), Int16(-300), Int32.min))
print(String(format: "%u %x %d", UInt32.max, UInt32.max, UInt8(200)))
print(String(format: "%c%c", UInt8(72), Int32(105)))
print(String(format: "%5lld|%-5llu|%+lld", Int64(42), UInt64(7), Int64(3)))
print(String(format: "%llo %lli", UInt64(8), Int64(-9)))
print(String(format: "%2$llx %1$lld", Int64(-2), UInt64(255)))
print(String(format: "%*lld", Int(6), Int64(12)))
let seeds: [UInt64] = [0, 1, 0x9E3779B97F4A7C15]
print(seeds.map { String(format: "%016llx", $0) }.joined(separator: " "))
print(UInt64(18446744073709551615), UInt8(255), Int8(-128), UInt64(0xFFFF_FFFF_FFFF_FFFF) == UInt64.max)
// expect: 85e7bb0f12278575 ffffffffffffffff
// expect: 85e7bb0f12278575 ffffffffffffffff 18446744073709551615 -9223372036854775808
// expect: 00000000000000ff|85E7BB0F12278575|0
// expect: 42 9223372036854775807 18446744073709551615
// expect: -1 4294967295 ffffffff
// expect: -1 18446744073709551615
// expect: -5 -300 -2147483648
// expect: 4294967295 ffffffff 200
// expect: Hi
// expect:    42|7    |+3
// expect: 10 -9
// expect: ff -2
// expect:     12
// expect: 0000000000000000 0000000000000001 9e3779b97f4a7c15
// expect: 18446744073709551615 255 -128 true
