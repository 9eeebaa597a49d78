let mask = 0b1011
print(String(mask, radix: 2), String(255, radix: 16), String(255, radix: 16, uppercase: true), String(-8, radix: 8))
print(String(1 << 10, radix: 36), String(0, radix: 2))
// expect: 1011 ff FF -10
// expect: sg 0
