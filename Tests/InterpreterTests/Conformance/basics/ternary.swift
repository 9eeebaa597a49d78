let x = 5
print(x > 3 ? "big" : "small")
// expect: big
let y = x % 2 == 0 ? 0.5 : 1
print(y)
// expect: 1.0
