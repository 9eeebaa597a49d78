let a = 1, b = 2.5
var c = "x", d = true
c += "y"
d = !d
print(a, b, c, d)
// expect: 1 2.5 xy false
