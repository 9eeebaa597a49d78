let a: Set = [1, 2], b: Set = [1, 2, 3]
print(a.isStrictSubset(of: b), b.isStrictSuperset(of: a), a.isStrictSubset(of: a), a.isStrictSubset(of: [1, 2, 5]))
// expect: true true false true
