var seen = Set<Int>()
for x in [3, 1, 3, 2, 1] { seen.insert(x) }
print(seen.count, seen.contains(2), seen.contains(5), seen.sorted())
let a: Set<String> = ["adam", "sgd", "adam"]
let b = Set(["sgd", "lbfgs"])
print(a.count, a.union(b).sorted(), a.intersection(b).sorted(), a.subtracting(b).sorted())
print(a.symmetricDifference(b).sorted(), a.isSubset(of: a.union(b)), a.isDisjoint(with: ["bfgs"]))
print(a == Set(["sgd", "adam"]), a != b, Set([1, 2]) == Set([2, 1]))
var s: Set<Int> = [1, 2, 3]
let r = s.insert(2)
print(r.inserted, r.memberAfterInsert, s.insert(4).inserted, s.remove(1) ?? -1, s.remove(9) == nil)
s.formUnion([10, 11])
s.subtract([2])
print(s.sorted(), s.filter { $0 > 3 }.sorted(), s.map { $0 * 2 }.sorted(), s.isEmpty)
var total = 0
for x in s { total += x }
print(total, s.min()!, s.max()!, s.reduce(0, +))
// expect: 3 true false [1, 2, 3]
// expect: 2 ["adam", "lbfgs", "sgd"] ["sgd"] ["adam"]
// expect: ["adam", "lbfgs"] true true
// expect: true true true
// expect: false 2 true 1 true
// expect: [3, 4, 10, 11] [4, 10, 11] [6, 8, 20, 22] false
// expect: 28 3 11 28
