let xs = [1, 2, 3]
let k = 5
print(xs.prefix(upTo: k))
// expect error: 3:7 Array index is out of range
