let n = ((1, 2), (3, 4))
print(n.1.0, n)
// expect: 3 ((1, 2), (3, 4))
