let xs = [1, 2, 3]
print(xs[3])
// expect error: 2:7 index 3 out of range for array of count 3
