let xs = [1, 2, 3]
print(xs.lazy.map { $0 * 2 })
// expect error: 2:7 not supported
