let xs = [1, 2.5, 3]
print(xs)
// expect: [1.0, 2.5, 3.0]
