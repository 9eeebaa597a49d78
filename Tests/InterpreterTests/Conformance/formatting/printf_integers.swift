print(String(format: "%d|%i|%u|%x|%X|%o", 42, -42, 7, 255, 255, 8))
print(String(format: "%5d|%-5d|%05d|%+d|% d|%+05d", 42, 42, 42, 42, 42, -42))
print(String(format: "%#x|%#X|%#o|%#x|%.3d|%8.3d", 255, 255, 8, 0, 7, -7))
print(String(format: "%d %x %u", Int.max, -1, -1))
print(String(format: "%ld %lx %lu %lld", Int.max, -1, -1, Int.min))
print(String(format: "%hd %hhd %hu", 70000, 300, -1))
print(String(format: "%c%c%c", 83, 119, 105))
// expect: 42|-42|7|ff|FF|10
// expect:    42|42   |00042|+42| 42|-0042
// expect: 0xff|0XFF|010|0|007|    -007
// expect: -1 ffffffff 4294967295
// expect: 9223372036854775807 ffffffffffffffff 18446744073709551615 -9223372036854775808
// expect: 4464 44 65535
// expect: Swi
