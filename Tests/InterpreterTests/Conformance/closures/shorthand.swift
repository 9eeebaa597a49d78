let xs = [1, 2, 3]
print(xs.map { $0 * 10 }, xs.filter { $0 != 2 })
// expect: [10, 20, 30] [1, 3]
