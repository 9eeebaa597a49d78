let n = -1
print(zip([1, 2], [3, 4]).prefix(n).map { $0.0 })
// expect error: 2:7 Can't take a prefix of negative length
