let xs = Array(0..<4)
print(xs, Array(1...3))
// expect: [0, 1, 2, 3] [1, 2, 3]
