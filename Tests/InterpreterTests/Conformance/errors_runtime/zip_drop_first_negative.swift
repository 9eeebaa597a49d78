let pairs = zip([1, 2], [3, 4])
print(pairs.dropFirst(-2).map { $0.0 })
// expect error: 2:7 Can't drop a negative number of elements from a sequence
