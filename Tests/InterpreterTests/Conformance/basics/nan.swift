let n = Double.nan
print(n.isNaN, n == n)
// expect: true false
