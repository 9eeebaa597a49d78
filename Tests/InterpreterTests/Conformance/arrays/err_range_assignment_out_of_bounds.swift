var a = [1, 2, 3, 4]
a[2...9] = [1]
print(a)
// expect error: 2:1 range out of bounds for array of count 4
