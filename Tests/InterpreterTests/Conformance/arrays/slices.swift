let xs = [1, 2, 3, 4, 5]
print(xs[1..<3], xs[2...3], xs.prefix(2), xs.suffix(2), xs.dropFirst(), xs.dropLast(2))
// expect: [2, 3] [3, 4] [1, 2] [4, 5] [2, 3, 4, 5] [1, 2, 3]
