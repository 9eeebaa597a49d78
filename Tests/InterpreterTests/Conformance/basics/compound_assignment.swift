var s = 10
s += 5
s -= 3
s *= 2
s /= 4
s %= 4
print(s)
// expect: 2
var d = 1.5
d *= 4
d -= 1
d /= 2
print(d)
// expect: 2.5
