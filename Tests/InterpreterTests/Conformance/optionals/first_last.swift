let xs = [4, 5, 6]
print(xs.first!, xs.last!, xs.first ?? 0)
// expect: 4 6 4
