let a = 0b1100, b = 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2, 1 << 62, -16 >> 2)
print(1 << 64, 1 << -1, 8 >> 70, -8 >> 70)
print(Int.max &+ 1 == Int.min, Int.min &- 1 == Int.max, Int.max &* 2)
let mask = (1 << 4) - 1
print(0xFF & mask)
// expect: 8 14 6 -13 48 3 4611686018427387904 -4
// expect: 0 0 0 -1
// expect: true true -2
// expect: 15
