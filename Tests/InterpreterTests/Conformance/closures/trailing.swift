let total = [1.0, 2.0, 3.0].reduce(0) { acc, x in acc + x }
let sorted = [3, 1, 2].sorted { $0 > $1 }
print(total, sorted)
// expect: 6.0 [3, 2, 1]
