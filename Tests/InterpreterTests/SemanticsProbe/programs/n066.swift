import Foundation
let x = 10
let s = x > 5 ? "big" : "small"
let t = x > 5 ? 1.5 : 2
let u = (x > 5 ? 1 : 2) + 3
print(s, t, u, x == 10 && x < 20 || false, !(x == 10))
var y = 0
y = x > 3 ? x * 2 : x / 2
print(y, x & 6, x | 1, x ^ 15, x >> 1, x << 3)
