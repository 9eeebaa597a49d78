let (a, b) = (1, 2)
var (c, _) = (3.5, "ignored")
c += 1
print(a, b, c)
// expect: 1 2 4.5
