let a = 7
let b = 2
print(a + b, a - b, a * b, a / b, a % b)
// expect: 9 5 14 3 1
let x = 7.0
print(x / 2)
// expect: 3.5
print(0.1 + 0.2)
// expect: 0.30000000000000004
print(-a, -x)
// expect: -7 -7.0
print(2 + 3 * 4 - 1)
// expect: 13
print((2 + 3) * 4)
// expect: 20
print(1e20, 1.0 / 3.0, 100.0)
// expect: 1e+20 0.3333333333333333 100.0
