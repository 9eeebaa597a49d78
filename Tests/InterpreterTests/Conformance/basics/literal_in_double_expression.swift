let rate = 0.5
let z = 1 - rate
print(z, 2 * rate + 1)
// expect: 0.5 2.0
