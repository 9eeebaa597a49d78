let a = 5
let b = -a
let c = -(-3.5)
print(b, c, -b * 2)
// expect: -5 3.5 10
