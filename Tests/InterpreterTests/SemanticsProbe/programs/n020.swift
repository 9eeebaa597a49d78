let a: Set = [1, 2, 3, 4], b: Set = [3, 4, 5]
print(a.union(b).sorted(), a.intersection(b).sorted(), a.subtracting(b).sorted(), a.symmetricDifference(b).sorted())
print(a.isSubset(of: b), Set([3]).isSubset(of: a), a.contains(2), a.count)
var s = Set<String>(); print(s.insert("x"), s.insert("x"))
print(s.remove("y") as Any, s.remove("x") as Any, s.isEmpty)
