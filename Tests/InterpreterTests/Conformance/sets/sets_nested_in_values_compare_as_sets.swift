// Equal sets are equal and hash alike nested in other values: as elements of a set, in an array, as keys, in a struct.
let a: Set<Int> = [1, 2], b: Set<Int> = [2, 1]
let nested: Set<Set<Int>> = [a, b, [3]]
print(nested.count, [a].contains(b))
let d: [Set<Int>: String] = [a: "x"]
print(d[b] ?? "missing")
struct Route: Hashable { let stops: Set<Int> }
print(Set([Route(stops: a), Route(stops: b)]).count)
var s: Set<Int> = [5, 1]
print(s.update(with: 1) as Any, s.update(with: 7) as Any, s.sorted())
// expect: 2 true
// expect: x
// expect: 1
// expect: Optional(1) nil [1, 5, 7]
