let a = 0b1100
let b = 0b1010
print(a & b, a | b, a ^ b)
print(a << 2, a >> 1)
print(~0)
print(String(255, radix: 2), String(255, radix: 16))
