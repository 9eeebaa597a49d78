print(Double(1 << 53))
let k = 3
print(Double(k << 2), Double(1 / 3), Double(k / 2), Double(7 % 4))
print(Double(1.0 / 3), Double(2 * 3), Double(-7 / 2), Double([1.5, 2].reduce(0, +)), Double([1, 2].reduce(0, +)))
let d = 0.5
print(Double(d * 2), Double(3) / 2, Double(Int(2.9)))
// expect: 9007199254740992.0
// expect: 12.0 0.0 1.0 3.0
// expect: 0.3333333333333333 6.0 -3.0 3.5 3.0
// expect: 1.0 1.5 2.0
