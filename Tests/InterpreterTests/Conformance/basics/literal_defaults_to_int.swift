let n = 3
print(n / 2)
// expect: 1
