let a = 1_000_000
let h = 0xff
let b = 0b101
print(a, h, b)
// expect: 1000000 255 5
