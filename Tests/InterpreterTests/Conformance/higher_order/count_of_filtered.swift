let xs = [0.1, 0.5, 0.9, 1.5]
print(xs.filter { $0 < 1 }.count)
// expect: 3
