let a = [1, 2]
var b = a + [3]
b += [4, 5]
print(b)
// expect: [1, 2, 3, 4, 5]
