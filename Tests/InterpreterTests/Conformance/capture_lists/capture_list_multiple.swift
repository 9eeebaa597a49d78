var a = 1, b = 2
let f = { [a, b] in a * 10 + b }
a = 5
b = 6
print(f(), a * 10 + b)
// expect: 12 56
