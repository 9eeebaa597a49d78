print(2 + 3 * 4 - 1, 10 - 4 - 3, 2 * 3 % 4, 1 << 2 + 1, 6 & 3 | 8, 5 ^ 3 & 1)
print(-2 * -3, -(-5 as Int), ~5, !true || false && true)
var v = 10; v += 5; v *= 2; v -= 3; v /= 4; v %= 3
print(v)
let t = true ? 1 : false ? 2 : 3
print(t)
