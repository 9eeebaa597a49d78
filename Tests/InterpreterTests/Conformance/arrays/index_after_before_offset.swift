let a = [1, 2, 3]
print(a.index(after: 0), a.index(before: 2), a.index(0, offsetBy: 2), a.startIndex, a.endIndex)
// expect: 1 1 2 0 3
