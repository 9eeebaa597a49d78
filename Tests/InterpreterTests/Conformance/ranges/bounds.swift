let r = 2..<7
print(r.lowerBound, r.upperBound)
// expect: 2 7
