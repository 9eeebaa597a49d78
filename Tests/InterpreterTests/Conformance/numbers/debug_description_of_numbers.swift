print(3.debugDescription, 2.squareRoot(), 0.1.debugDescription)
let n = 5
print(n.description)
// expect: 3.0 1.4142135623730951 0.1
// expect: 5
