var a = [1, 2, 3]
var b = a
b[0] = 100
a.append(4)
print(a, b)
// expect: [1, 2, 3, 4] [100, 2, 3]
